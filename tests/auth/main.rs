//! Sign-in tests: discovery of running instances, the OAuth PKCE flow
//! against a scripted authorization server with a scripted browser, the
//! token store, and how refused tokens are reported.

mod server;

mod discovery;
mod example;
mod fake;
mod login;
mod token_store;
