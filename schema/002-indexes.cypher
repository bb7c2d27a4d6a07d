// Date axes: each dated fact keeps its first and last possible day as Neo4j dates for range filters
// and keyset ordering; the string with its precision stays the value shown to users.
CREATE INDEX treaty_action_date IF NOT EXISTS FOR (n:TreatyAction) ON (n.dateFirst, n.id);
CREATE INDEX statement_said_on IF NOT EXISTS FOR (n:Statement) ON (n.saidOnFirst, n.id);
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startFirst, n.id);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.publishedOnFirst, n.id);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX state_group IF NOT EXISTS FOR (n:State) ON (n.regionalGroup);
