-- The file visibility rule looks up, per file, every minutes document, paper, meeting and agenda
-- item it hangs on. Without this index every such check read the whole minutes table
-- (measured in docs/benchmarks.md: embedded files of 100 papers 149 ms -> 4 ms).
CREATE INDEX minutes_file ON minutes (file_id) WHERE file_id IS NOT NULL;
