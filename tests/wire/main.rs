//! Wire tests: every operation of openapi.yaml is called through the client
//! against a loopback server, and the exact request (method, raw path,
//! query pairs, headers, body) is asserted before a realistic response is
//! decoded. `coverage` fails when an operation has no test here.

mod support;
mod traces;

mod account_and_labels;
mod accounts;
mod api_shape;
mod app;
mod asset_helpers;
mod assets;
mod bridges;
mod chats;
mod coverage;
mod errors;
mod example_accounts;
mod examples;
mod faults;
mod messages;
mod observability;
mod optional_setters;
mod own_types;
mod pagination;
mod paths;
mod properties;
mod quirks;
mod retries;
mod send_wait;
mod setup;
mod spec_facts;
