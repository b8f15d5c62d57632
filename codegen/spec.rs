//! Reading the spec: parsing `openapi.yaml` and walking its operations.

use openapiv3::{OpenAPI, Operation, PathItem};

/// Parses the YAML text of the spec.
pub fn parse_spec(text: &str) -> Result<OpenAPI, String> {
    serde_norway::from_str(text).map_err(|e| format!("openapi.yaml is not a valid OpenAPI 3.0 document: {e}"))
}

/// The HTTP methods of OpenAPI's path items, lowercase, in the order
/// progenitor generates them (openapiv3's `PathItem::iter`).
pub const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// The operations of a path item with their lowercase HTTP methods, in the
/// order of [`METHODS`].
pub fn operations(item: &PathItem) -> impl Iterator<Item = (&'static str, &Operation)> {
    item.iter().filter_map(|(method, op)| METHODS.iter().find(|m| **m == method).map(|m| (*m, op)))
}

/// Every operation slot of a path item, set or not, with its method, in the
/// order of [`METHODS`]: for passes that take operations out of a path item.
pub fn slots_mut(item: &mut PathItem) -> [(&'static str, &mut Option<Operation>); 8] {
    let [get, put, post, delete, options, head, patch, trace] = METHODS;
    [
        (get, &mut item.get),
        (put, &mut item.put),
        (post, &mut item.post),
        (delete, &mut item.delete),
        (options, &mut item.options),
        (head, &mut item.head),
        (patch, &mut item.patch),
        (trace, &mut item.trace),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A path item with every method set, each operation named after it.
    fn every_method() -> PathItem {
        let mut item = PathItem::default();
        for (method, slot) in slots_mut(&mut item) {
            *slot = Some(Operation { operation_id: Some(method.to_owned()), ..Operation::default() });
        }
        item
    }

    #[test]
    fn slots_and_operations_list_the_same_methods_in_the_same_order() {
        let mut item = every_method();
        let walked: Vec<(String, String)> =
            operations(&item).map(|(m, op)| (m.to_owned(), op.operation_id.clone().unwrap())).collect();
        let slots: Vec<(String, String)> = slots_mut(&mut item)
            .into_iter()
            .map(|(m, op)| (m.to_owned(), op.as_ref().unwrap().operation_id.clone().unwrap()))
            .collect();
        assert_eq!(walked.len(), 8);
        assert_eq!(walked, slots);
        assert!(walked.iter().all(|(m, id)| m == id), "{walked:?}");
    }

    #[test]
    fn an_emptied_slot_is_no_longer_walked() {
        let mut item = every_method();
        for (method, slot) in slots_mut(&mut item) {
            if method != "patch" {
                *slot = None;
            }
        }
        assert_eq!(operations(&item).map(|(m, _)| m).collect::<Vec<_>>(), ["patch"]);
    }
}
