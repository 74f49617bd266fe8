-- Back office (issue 6): the notice period (Ladungsfrist) of an organization in days, maintained with
-- the organization's master data. NULL = the installation's default applies (meetings module).
ALTER TABLE organization ADD COLUMN notice_period_days integer
    CHECK (notice_period_days IS NULL OR notice_period_days BETWEEN 0 AND 60);
