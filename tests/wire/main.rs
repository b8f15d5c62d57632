//! Wire tests: every operation of openapi.yaml is called through the client
//! against a loopback server, and the exact request (method, raw path,
//! query pairs, headers, body) is asserted before a realistic response is
//! decoded. `coverage` fails when an operation has no test here.

mod support;

mod accounts;
mod api_shape;
mod app;
mod asset_helpers;
mod assets;
mod chats;
mod coverage;
mod errors;
mod examples;
mod messages;
mod pagination;
mod paths;
mod quirks;
mod retries;
