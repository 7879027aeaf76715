-- An index a rebuild replaced stays for a grace period, so searches that resolved the alias to it just before the
-- switch still finish on it; the sweep deletes it once the period is over (on whichever instance runs it first).
create table index_retirements (
    index_name   varchar(200) primary key,
    alias        varchar(200) not null,
    delete_after timestamptz  not null
);
