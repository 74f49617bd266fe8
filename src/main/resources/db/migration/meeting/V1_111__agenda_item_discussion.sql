-- Conducting the meeting (issue 7): the discussion of an item as the clerk types it (indirect
-- speech, rich text). agenda_item.minutes_text stays the item's full text in the minutes; for items
-- recorded in the back office it is composed from the discussion, recusals, result sentence with the
-- vote phrase, resolution and follow-up (decision.ItemMinutes). NULL: not recorded that way (older or
-- imported items keep their minutes_text as it is).
ALTER TABLE agenda_item ADD COLUMN discussion text;
