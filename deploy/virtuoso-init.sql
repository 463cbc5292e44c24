-- Run once by the Virtuoso image on a new database: the user ikg writes as (digest auth on
-- /sparql-auth and /sparql-graph-crud-auth). Change the password (and IKG_SPARQL_PASSWORD).
DB.DBA.USER_CREATE ('ikg', 'change-me');
GRANT SPARQL_UPDATE TO "ikg";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('ikg', 7);
