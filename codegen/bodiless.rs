//! Explicit non-2xx answers without a body (`serveAsset`'s 304 and 416)
//! are documented in the spec but hidden from progenitor.

use openapiv3::{OpenAPI, ReferenceOr, StatusCode};

use super::spec::slots_mut;

/// Takes out of the spec progenitor sees every explicit status outside
/// 2xx whose answer has no content, and returns how many.
///
/// progenitor gives an operation one error type and refuses an operation
/// whose error answers differ (a bodiless 416 beside the JSON `4XX`). Such
/// an answer still reaches the caller: its status is outside the success
/// range, so `send` reports it as `Error::UnexpectedStatus` with the status
/// and the empty body.
pub(super) fn drop_bodiless_statuses(spec: &mut OpenAPI) -> usize {
    let mut dropped = 0;
    for (_, item) in spec.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else { continue };
        for (_, op) in slots_mut(item) {
            let Some(op) = op else { continue };
            op.responses.responses.retain(|status, response| {
                let bodiless = matches!(response, ReferenceOr::Item(r) if r.content.is_empty());
                let success = matches!(status, StatusCode::Code(code) if (200..300).contains(code))
                    || matches!(status, StatusCode::Range(2));
                let keep = success || !bodiless;
                if !keep {
                    dropped += 1;
                }
                keep
            });
        }
    }
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_only_bodiless_answers_outside_2xx() {
        let mut spec = super::super::spec::parse_spec(
            r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /f:
    get:
      responses:
        '200': {description: ok, content: {application/octet-stream: {schema: {type: string, format: binary}}}}
        '204': {description: empty success}
        '304': {description: not modified}
        '416': {description: bad range}
        4XX: {description: error, content: {application/json: {schema: {type: object}}}}
"#,
        )
        .unwrap();
        assert_eq!(drop_bodiless_statuses(&mut spec), 2);
        let ReferenceOr::Item(item) = &spec.paths.paths["/f"] else { panic!("path is a reference") };
        let kept: Vec<String> =
            item.get.as_ref().unwrap().responses.responses.keys().map(ToString::to_string).collect();
        assert_eq!(kept, ["200", "204", "4XX"]);
    }
}
