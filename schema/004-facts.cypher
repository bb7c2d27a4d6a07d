// Structured facts: votes are nodes like any fact; the filters on offices, event places and kinds and
// memberships start from an index, never from a scan of every statement, event or action.
CREATE CONSTRAINT vote_id IF NOT EXISTS FOR (n:Vote) REQUIRE n.id IS UNIQUE;
CREATE INDEX position_office IF NOT EXISTS FOR (n:Position) ON (n.office);
CREATE INDEX event_place IF NOT EXISTS FOR (n:Event) ON (n.place);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
