-- Ids unique across the nodes of a Galera cluster (issue 17; docs/persistence.md, "Ids and migrations").
--
-- A sequence with INCREMENT BY 0 steps by auto_increment_increment from auto_increment_offset, which Galera sets
-- per node (the cluster's size, the node's index), so that two nodes never hand out one id; on a single server
-- both are 1 and it counts 1, 2, 3 as before. Galera refuses a sequence with a CACHE and any other increment.
-- Migrations 1 and 3 now create the sequences so; this gives the same to a catalogue created before.

ALTER SEQUENCE book_id_seq INCREMENT BY 0;
ALTER SEQUENCE author_id_seq INCREMENT BY 0;
ALTER SEQUENCE import_job_id_seq INCREMENT BY 0;
