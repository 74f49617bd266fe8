-- TOP 1.4 "Genehmigung der Niederschrift über die 11. Sitzung": the meeting whose minutes the item
-- approves; recording the item as adopted approves those minutes (issue 7).
ALTER TABLE agenda_item ADD COLUMN approves_minutes_of_meeting_id bigint REFERENCES meeting (id);
CREATE INDEX agenda_item_approves_minutes ON agenda_item (approves_minutes_of_meeting_id) WHERE approves_minutes_of_meeting_id IS NOT NULL;
