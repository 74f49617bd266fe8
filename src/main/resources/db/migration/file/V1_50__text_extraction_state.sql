-- Text extraction for search (issue 5): state kept in the database so the background job resumes
-- where it stopped. text_extracted_at set = done (text_content may stay NULL for an image-only or
-- unreadable PDF); text_extraction_error says why nothing could be read.
ALTER TABLE stored_file ADD COLUMN text_extraction_error text;
CREATE INDEX stored_file_text_pending ON stored_file (id) WHERE text_extracted_at IS NULL AND deleted_at IS NULL;
