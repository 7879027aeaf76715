-- What became of a resolved case's refund, from RefundSucceeded / RefundFailed.
alter table support_cases add column refund_status varchar(10)
    check (refund_status in ('REQUESTED', 'SUCCEEDED', 'FAILED'));
