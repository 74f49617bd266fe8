-- Conducting the meeting (issue 7): the member designated in TOP 1.1 to co-sign the minutes
-- ("Zur Mitunterzeichnung der Niederschrift wurde Rm Jansen benannt."); the minutes' signature block
-- takes the co-signer from here.
ALTER TABLE meeting ADD COLUMN co_signer_person_id bigint REFERENCES person (id);
