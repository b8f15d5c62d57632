//! The error body every failing route answers with, in the API's own shape.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use beeper_desktop::types;
use serde_json::{Value, json};

/// One problem found in a request, as listed in `details.issues`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// Rule name, e.g. `invalid_type`, `unrecognized_keys`, `too_big`.
    pub code: String,
    /// Human-readable explanation.
    pub message: String,
    /// Where in the request: body path segments, or the query/path parameter name.
    pub path: Vec<Value>,
}

impl Issue {
    /// An issue at `path` (a list of keys and indices).
    pub fn new(code: &str, message: impl Into<String>, path: Vec<Value>) -> Self {
        Self { code: code.to_owned(), message: message.into(), path }
    }

    /// An issue about one named parameter or field.
    pub fn at(code: &str, message: impl Into<String>, name: &str) -> Self {
        Self::new(code, message, vec![Value::from(name)])
    }
}

/// A failure answered as `{"code", "message", "details"?}` with a status.
#[derive(Clone, Debug, PartialEq)]
pub struct ApiError {
    /// HTTP status of the answer.
    pub status: StatusCode,
    /// Machine-readable code (`NOT_FOUND`, `VALIDATION_ERROR`, ...).
    pub code: String,
    /// Human-readable message.
    pub message: String,
    /// Extra context; validation failures carry `{"issues": [...]}`.
    pub details: Option<Value>,
}

impl ApiError {
    /// Any status, code and message.
    pub fn new(status: StatusCode, code: &str, message: impl Into<String>) -> Self {
        Self { status, code: code.to_owned(), message: message.into(), details: None }
    }

    /// 400 `VALIDATION_ERROR` listing what is wrong.
    pub fn validation(issues: Vec<Issue>) -> Self {
        let message = match issues.as_slice() {
            [one] => format!("Invalid request: {}", one.message),
            many => format!("Invalid request: {} problems", many.len()),
        };
        let issues: Vec<Value> =
            issues.into_iter().map(|i| json!({"code": i.code, "message": i.message, "path": i.path})).collect();
        Self {
            details: Some(json!({ "issues": issues })),
            ..Self::new(StatusCode::BAD_REQUEST, "VALIDATION_ERROR", message)
        }
    }

    /// 400 `VALIDATION_ERROR` with one issue about a named parameter.
    pub fn invalid(name: &str, code: &str, message: impl Into<String>) -> Self {
        Self::validation(vec![Issue::at(code, message, name)])
    }

    /// 404 `NOT_FOUND`.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "NOT_FOUND", message)
    }

    /// 401 `UNAUTHORIZED`.
    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "UNAUTHORIZED", message)
    }

    /// 403 `FORBIDDEN`.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "FORBIDDEN", message)
    }

    /// The error body as the generated client type.
    pub fn body(&self) -> types::ApiErrorBody {
        types::ApiErrorBody { code: self.code.clone(), message: self.message.clone(), details: self.details.clone() }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body())).into_response()
    }
}

/// What route handlers return.
pub type ApiResult<T> = Result<T, ApiError>;
