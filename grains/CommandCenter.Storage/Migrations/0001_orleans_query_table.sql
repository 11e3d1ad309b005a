-- CommandCenter silo/client catalogue of named SQL statements.
--
-- The Orleans ADO.NET clustering, reminder and grain-storage providers do not ship SQL of their own
-- for this product: at startup each one runs "SELECT QueryKey, QueryText FROM OrleansQuery" and then
-- only ever executes the statements it finds here, by key. Migrations 0002-0004 fill this table.
--
-- The names are left unquoted on purpose. The providers' startup query is unquoted too, so PostgreSQL
-- folds it to orleansquery / querykey / querytext, and Npgsql resolves the providers' mixed-case
-- column reads ("QueryKey", "QueryText") against these lower-case names.

CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  varchar(64) NOT NULL,
    querytext text        NOT NULL,
    CONSTRAINT orleansquery_pk PRIMARY KEY (querykey)
);
