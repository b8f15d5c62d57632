//! Differences between two schemas, reading OpenAPI 3.0 and 3.1 forms alike
//! (`nullable: true` and `type: [x, "null"]`, `const` and one-value `enum`,
//! `anyOf: [X, {type: null}]` and a nullable `allOf: [X]`, boolean and
//! numeric `exclusiveMinimum`): types, enum values, properties, bounds,
//! lengths, item counts, defaults and `deprecated`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

/// Longest chain of `$ref` to `$ref` followed.
const MAX_REF_CHAIN: usize = 32;
/// Deepest nesting compared; deeper schemas are not looked into.
const MAX_DEPTH: usize = 48;

/// One OpenAPI document, for following its local `$ref`s.
#[derive(Clone, Copy)]
pub struct Doc<'a> {
    pub root: &'a Value,
}

impl<'a> Doc<'a> {
    /// Follows `$ref`s to the object they stand for, and returns the last
    /// reference followed. A reference that does not resolve is returned
    /// as it is.
    pub fn resolve(&self, mut value: &'a Value) -> (&'a Value, Option<&'a str>) {
        let mut last = None;
        for _ in 0..MAX_REF_CHAIN {
            let Some(reference) = value.get("$ref").and_then(Value::as_str) else { break };
            let Some(target) = reference.strip_prefix('#').and_then(|pointer| self.root.pointer(pointer)) else {
                break;
            };
            last = Some(reference);
            value = target;
        }
        (value, last)
    }
}

/// One difference: `+` only in theirs, `-` only in ours, `~` changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub sign: char,
    pub text: String,
}

impl Change {
    pub fn added(text: impl Into<String>) -> Self {
        Change { sign: '+', text: text.into() }
    }
    pub fn removed(text: impl Into<String>) -> Self {
        Change { sign: '-', text: text.into() }
    }
    pub fn changed(text: impl Into<String>) -> Self {
        Change { sign: '~', text: text.into() }
    }
}

/// What a schema says about a value, with references, `allOf` and the
/// null forms folded in.
#[derive(Default)]
struct Shape<'a> {
    /// JSON types other than `null`; empty means any.
    types: BTreeSet<&'a str>,
    format: Option<&'a str>,
    nullable: bool,
    /// Allowed values other than `null`, as JSON text.
    values: Option<BTreeSet<String>>,
    properties: BTreeMap<&'a str, &'a Value>,
    required: BTreeSet<&'a str>,
    items: Option<&'a Value>,
    additional: Option<&'a Value>,
    variants: Vec<&'a Value>,
    /// `discriminator.propertyName` of the `oneOf`/`anyOf`, when given.
    tag: Option<&'a str>,
    /// References passed through, to stop at recursive schemas.
    refs: BTreeSet<&'a str>,
    unresolved: Option<&'a str>,
    /// `>= n` or `> n` (`minimum`, `exclusiveMinimum`).
    lower: Option<Bound>,
    /// `<= n` or `< n` (`maximum`, `exclusiveMaximum`).
    upper: Option<Bound>,
    /// `minLength`, `maxLength`, `minItems`, `maxItems`, in that order;
    /// a zero minimum counts as none.
    counts: [Option<u64>; 4],
    default: Option<&'a Value>,
    deprecated: bool,
}

/// The keywords of [`Shape::counts`].
const COUNT_KEYWORDS: [&str; 4] = ["minLength", "maxLength", "minItems", "maxItems"];

/// One end of a numeric range.
#[derive(Clone, PartialEq)]
struct Bound {
    value: f64,
    exclusive: bool,
}

impl Bound {
    /// `minimum`/`maximum` with the 3.0 boolean or 3.1 numeric
    /// `exclusiveMinimum`/`exclusiveMaximum` beside it.
    fn read(schema: &Value, inclusive: &str, exclusive: &str) -> Option<Bound> {
        match (schema.get(inclusive).and_then(Value::as_f64), schema.get(exclusive)) {
            (_, Some(Value::Number(n))) => n.as_f64().map(|value| Bound { value, exclusive: true }),
            (Some(value), flag) => Some(Bound { value, exclusive: flag == Some(&Value::Bool(true)) }),
            (None, _) => None,
        }
    }

    /// For integers `> 0` is `>= 1`: exclusive whole-number ends become
    /// inclusive ones.
    fn for_integers(self, step: f64) -> Bound {
        if self.exclusive && self.value.fract() == 0.0 {
            Bound { value: self.value + step, exclusive: false }
        } else {
            self
        }
    }

    fn show(bound: Option<&Bound>, inclusive: &str, exclusive: &str) -> String {
        match bound {
            None => "(none)".to_owned(),
            Some(b) => format!("{} {}", if b.exclusive { exclusive } else { inclusive }, b.value),
        }
    }
}

impl<'a> Shape<'a> {
    fn of(doc: Doc<'a>, schema: &'a Value) -> Self {
        let mut shape = Shape::default();
        shape.absorb(doc, schema, 0);
        shape
    }

    fn absorb(&mut self, doc: Doc<'a>, schema: &'a Value, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let (schema, reference) = doc.resolve(schema);
        if let Some(reference) = reference
            && !self.refs.insert(reference)
        {
            return;
        }
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            self.unresolved = Some(reference);
            return;
        }
        let types = match schema.get("type") {
            Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
            Some(Value::String(typ)) => vec![typ.as_str()],
            _ => Vec::new(),
        };
        for typ in types {
            if typ == "null" {
                self.nullable = true;
            } else {
                self.types.insert(typ);
            }
        }
        if schema.get("nullable") == Some(&Value::Bool(true)) {
            self.nullable = true;
        }
        if self.format.is_none() {
            self.format = schema.get("format").and_then(Value::as_str);
        }
        if self.lower.is_none() {
            self.lower = Bound::read(schema, "minimum", "exclusiveMinimum");
        }
        if self.upper.is_none() {
            self.upper = Bound::read(schema, "maximum", "exclusiveMaximum");
        }
        for (slot, keyword) in self.counts.iter_mut().zip(COUNT_KEYWORDS) {
            if slot.is_none() {
                *slot = schema.get(keyword).and_then(Value::as_u64).filter(|&n| n > 0 || keyword.starts_with("max"));
            }
        }
        if self.default.is_none() {
            self.default = schema.get("default");
        }
        if schema.get("deprecated") == Some(&Value::Bool(true)) {
            self.deprecated = true;
        }
        let values = match (schema.get("enum"), schema.get("const")) {
            (Some(Value::Array(list)), _) => Some(list.iter().collect::<Vec<_>>()),
            (_, Some(value)) => Some(vec![value]),
            _ => None,
        };
        if let Some(values) = values {
            let mut set = BTreeSet::new();
            for value in values {
                if value.is_null() {
                    self.nullable = true;
                } else {
                    set.insert(value.to_string());
                }
            }
            // Inside an `allOf` only the values every part allows remain.
            self.values = Some(match self.values.take() {
                Some(earlier) => earlier.intersection(&set).cloned().collect(),
                None => set,
            });
        }
        for (name, property) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
            self.properties.entry(name.as_str()).or_insert(property);
        }
        self.required
            .extend(schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str));
        if self.items.is_none() {
            self.items = schema.get("items").filter(|items| items.is_object());
        }
        if self.additional.is_none() {
            self.additional = schema.get("additionalProperties").filter(|a| a.is_object());
        }
        for part in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
            self.absorb(doc, part, depth + 1);
        }
        if let Some(tag) = schema.pointer("/discriminator/propertyName").and_then(Value::as_str) {
            self.tag = Some(tag);
        }
        for key in ["oneOf", "anyOf"] {
            let Some(members) = schema.get(key).and_then(Value::as_array) else { continue };
            let others: Vec<&Value> = members.iter().filter(|m| !is_null_schema(doc, m)).collect();
            if others.len() < members.len() {
                self.nullable = true;
            }
            // A member that admits any value makes the union admit any.
            if others.iter().any(|member| admits_anything(doc, member)) {
                continue;
            }
            match others.as_slice() {
                [single] => self.absorb(doc, single, depth + 1),
                _ => self.variants.extend(others),
            }
        }
    }

    /// Nothing restricts the value: no type, values, structure or union.
    fn is_unconstrained(&self) -> bool {
        self.types.is_empty()
            && self.values.is_none()
            && self.properties.is_empty()
            && self.items.is_none()
            && self.additional.is_none()
            && self.variants.is_empty()
            && self.unresolved.is_none()
    }

    /// The numeric range with integer ends made inclusive.
    fn bounds(&self) -> (Option<Bound>, Option<Bound>) {
        let integer = self.types.len() == 1 && self.types.contains("integer");
        let adjust =
            |bound: &Option<Bound>, step: f64| bound.clone().map(|b| if integer { b.for_integers(step) } else { b });
        (adjust(&self.lower, 1.0), adjust(&self.upper, -1.0))
    }

    /// `string(date-time)|null`, `object`, `any`, ...
    fn summary(&self) -> String {
        let mut types = self.types.clone();
        if types.is_empty() && (!self.properties.is_empty() || self.additional.is_some()) {
            types.insert("object");
        }
        if types.is_empty() && self.items.is_some() {
            types.insert("array");
        }
        let variants = format!("one of {} variants", self.variants.len());
        if self.is_unconstrained() {
            // `null` is one of "any value"; a format alone restricts nothing
            // a client decodes.
            return "any".to_owned();
        }
        let mut text = match (self.unresolved, types.is_empty(), self.variants.is_empty()) {
            (Some(reference), _, _) => format!("unresolved `{reference}`"),
            (None, false, true) => types.into_iter().collect::<Vec<_>>().join("|"),
            (None, false, false) => format!("{} and {variants}", types.into_iter().collect::<Vec<_>>().join("|")),
            (None, true, true) => "any".to_owned(),
            (None, true, false) => variants,
        };
        if let Some(format) = self.format {
            text = format!("{text}({format})");
        }
        if self.nullable {
            text.push_str("|null");
        }
        text
    }
}

/// A schema only `null` matches: `type: "null"`, or `enum: [null]` (the
/// 3.0 spelling, whatever its `type`).
fn is_null_schema(doc: Doc<'_>, schema: &Value) -> bool {
    let (schema, _) = doc.resolve(schema);
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return !values.is_empty() && values.iter().all(Value::is_null);
    }
    match schema.get("type") {
        Some(Value::String(typ)) => typ == "null",
        Some(Value::Array(list)) => !list.is_empty() && list.iter().all(|t| t == "null"),
        _ => false,
    }
}

/// A union member that admits every value (`{}`, `{nullable: true}`, a
/// schema with only a description): the union then admits every value.
fn admits_anything(doc: Doc<'_>, schema: &Value) -> bool {
    Shape::of(doc, schema).is_unconstrained()
}

/// A short description of a schema, for added properties and parameters.
pub fn summary(doc: Doc<'_>, schema: &Value) -> String {
    Shape::of(doc, schema).summary()
}

/// Compares two schemas of one place (`at`, e.g. `response 200`) and
/// appends what differs.
pub struct SchemaDiff<'a, 'o> {
    pub ours: Doc<'a>,
    pub theirs: Doc<'a>,
    pub out: &'o mut Vec<Change>,
}

impl<'a> SchemaDiff<'a, '_> {
    pub fn compare(&mut self, at: &str, ours: &'a Value, theirs: &'a Value) {
        self.compare_at(at, "", ours, theirs, false, None, &mut Vec::new());
    }

    /// `is_tag`: this is the discriminator property of a union variant;
    /// `tag`: the discriminator property of the union `ours`/`theirs` is a
    /// variant of, when it is one.
    #[allow(clippy::too_many_arguments)]
    fn compare_at(
        &mut self,
        at: &str,
        path: &str,
        ours: &'a Value,
        theirs: &'a Value,
        is_tag: bool,
        tag: Option<&'a str>,
        stack: &mut Vec<(BTreeSet<&'a str>, BTreeSet<&'a str>)>,
    ) {
        let (a, b) = (Shape::of(self.ours, ours), Shape::of(self.theirs, theirs));
        let pair = (a.refs.clone(), b.refs.clone());
        if stack.len() > MAX_DEPTH || (!pair.0.is_empty() && stack.contains(&pair)) {
            return;
        }
        let place = if path.is_empty() { at.to_owned() } else { format!("{at} `{path}`") };
        let (before, after) = (a.summary(), b.summary());
        if before != after {
            self.out.push(Change::changed(format!("{place}: type {before} → {after}")));
        }
        let listed = |values: &BTreeSet<String>| values.iter().cloned().collect::<Vec<_>>().join(", ");
        match (&a.values, &b.values) {
            (Some(before), Some(after)) => {
                for value in after.difference(before) {
                    self.out.push(Change::added(format!("{place}: enum value {value} added")));
                }
                for value in before.difference(after) {
                    self.out.push(Change::removed(format!("{place}: enum value {value} removed")));
                }
            }
            // A discriminator tag pinned to its one value says no more than
            // the discriminator itself.
            (Some(one), None) | (None, Some(one)) if is_tag && one.len() == 1 => {}
            // An enum that appears or goes away changes which values are allowed.
            (Some(before), None) => {
                self.out.push(Change::changed(format!("{place}: enum [{}] → any value", listed(before))))
            }
            (None, Some(after)) => {
                self.out.push(Change::changed(format!("{place}: any value → enum [{}]", listed(after))))
            }
            (None, None) => {}
        }
        self.compare_facts(&place, &a, &b);
        stack.push(pair);
        let names: BTreeSet<&str> = a.properties.keys().chain(b.properties.keys()).copied().collect();
        for name in names {
            let child = if path.is_empty() { name.to_owned() } else { format!("{path}.{name}") };
            let required = |shape: &Shape<'_>| if shape.required.contains(name) { "required" } else { "optional" };
            match (a.properties.get(name), b.properties.get(name)) {
                (None, Some(schema)) => self.out.push(Change::added(format!(
                    "{at} `{child}`: property added ({}, {})",
                    summary(self.theirs, schema),
                    required(&b)
                ))),
                (Some(_), None) => self.out.push(Change::removed(format!("{at} `{child}`: property removed"))),
                (Some(x), Some(y)) => {
                    if required(&a) != required(&b) {
                        self.out.push(Change::changed(format!("{at} `{child}`: {} → {}", required(&a), required(&b))));
                    }
                    self.compare_at(at, &child, x, y, tag == Some(name), None, stack);
                }
                (None, None) => {}
            }
        }
        if let (Some(x), Some(y)) = (a.items, b.items) {
            self.compare_at(at, &format!("{path}[]"), x, y, false, None, stack);
        }
        if let (Some(x), Some(y)) = (a.additional, b.additional) {
            let child = if path.is_empty() { "*".to_owned() } else { format!("{path}.*") };
            self.compare_at(at, &child, x, y, false, None, stack);
        }
        let variant_tag = a.tag.or(b.tag);
        for (i, (x, y)) in a.variants.iter().zip(&b.variants).enumerate() {
            self.compare_at(at, &format!("{path}<variant {i}>"), x, y, false, variant_tag, stack);
        }
        stack.pop();
    }
}

impl SchemaDiff<'_, '_> {
    /// Bounds, lengths, item counts, default and `deprecated` of one place.
    fn compare_facts(&mut self, place: &str, a: &Shape<'_>, b: &Shape<'_>) {
        let ((low_a, high_a), (low_b, high_b)) = (a.bounds(), b.bounds());
        if low_a != low_b {
            let show = |bound: &Option<Bound>| Bound::show(bound.as_ref(), ">=", ">");
            self.out.push(Change::changed(format!("{place}: lower bound {} → {}", show(&low_a), show(&low_b))));
        }
        if high_a != high_b {
            let show = |bound: &Option<Bound>| Bound::show(bound.as_ref(), "<=", "<");
            self.out.push(Change::changed(format!("{place}: upper bound {} → {}", show(&high_a), show(&high_b))));
        }
        let show = |n: Option<u64>| n.map_or_else(|| "(none)".to_owned(), |n| n.to_string());
        for ((x, y), keyword) in a.counts.iter().zip(&b.counts).zip(COUNT_KEYWORDS) {
            if x != y {
                self.out.push(Change::changed(format!("{place}: {keyword} {} → {}", show(*x), show(*y))));
            }
        }
        if a.default != b.default {
            let show = |v: Option<&Value>| v.map_or_else(|| "(none)".to_owned(), Value::to_string);
            self.out.push(Change::changed(format!("{place}: default {} → {}", show(a.default), show(b.default))));
        }
        if a.deprecated != b.deprecated {
            let show = |d: bool| if d { "deprecated" } else { "not deprecated" };
            self.out.push(Change::changed(format!("{place}: {} → {}", show(a.deprecated), show(b.deprecated))));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn diff(ours: Value, theirs: Value) -> Vec<String> {
        let (ours, theirs) = (json!({"s": ours}), json!({"s": theirs}));
        let mut out = Vec::new();
        let mut differ = SchemaDiff { ours: Doc { root: &ours }, theirs: Doc { root: &theirs }, out: &mut out };
        differ.compare("body", &ours["s"], &theirs["s"]);
        out.into_iter().map(|c| format!("{} {}", c.sign, c.text)).collect()
    }

    #[test]
    fn null_forms_of_3_0_and_3_1_are_equal() {
        let pairs = [
            (json!({"type": "string", "nullable": true}), json!({"type": ["string", "null"]})),
            (
                json!({"nullable": true, "allOf": [{"type": "string", "enum": ["a"]}]}),
                json!({"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "null"}]}),
            ),
            (json!({"type": "string", "enum": ["a"]}), json!({"type": "string", "const": "a"})),
            (
                json!({"type": "string", "enum": ["a", null], "nullable": true}),
                json!({"enum": ["a", null], "type": ["string", "null"]}),
            ),
            // The 3.0 way to let `oneOf` admit null.
            (
                json!({"nullable": true, "allOf": [{"type": "string"}]}),
                json!({"oneOf": [{"type": "string"}, {"type": "object", "nullable": true, "enum": [null]}]}),
            ),
        ];
        for (ours, theirs) in pairs {
            assert_eq!(diff(ours.clone(), theirs.clone()), Vec::<String>::new(), "{ours} vs {theirs}");
        }
        assert_eq!(
            diff(json!({"type": "string"}), json!({"type": ["string", "null"]})),
            ["~ body: type string → string|null"]
        );
        // A type beside `oneOf` narrows it: shown, not folded away.
        let either = json!({"oneOf": [{"type": "boolean"}, {"type": "object"}]});
        assert_eq!(
            diff(either.clone(), json!({"type": "object", "allOf": [either]})),
            ["~ body: type one of 2 variants → object and one of 2 variants"]
        );
    }

    #[test]
    fn bounds_in_3_0_and_3_1_forms() {
        let int = |bounds: Value| {
            let mut schema = json!({"type": "integer"});
            schema.as_object_mut().unwrap().extend(bounds.as_object().unwrap().clone());
            schema
        };
        // For integers `> 0` is `>= 1`, in the 3.0 boolean and 3.1 numeric forms.
        for theirs in [json!({"exclusiveMinimum": 0}), json!({"minimum": 0, "exclusiveMinimum": true})] {
            assert!(diff(int(json!({"minimum": 1})), int(theirs.clone())).is_empty(), "{theirs}");
        }
        assert!(diff(int(json!({"maximum": 9})), int(json!({"exclusiveMaximum": 10}))).is_empty());
        // Not for numbers, where 0.5 lies between.
        assert_eq!(
            diff(json!({"type": "number", "minimum": 0}), json!({"type": "number", "exclusiveMinimum": 0})),
            ["~ body: lower bound >= 0 → > 0"]
        );
        // A zero minimum length or item count says nothing.
        assert!(diff(json!({"type": "string"}), json!({"type": "string", "minLength": 0})).is_empty());
    }

    #[test]
    fn a_union_with_an_open_member_is_any() {
        for open in [json!({}), json!({"nullable": true}), json!({"description": "x"})] {
            let union = json!({"anyOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, open]});
            assert!(diff(json!({"description": "anything"}), union.clone()).is_empty(), "{union}");
        }
        let closed = json!({"anyOf": [{"type": "object"}, {"type": "string"}]});
        assert_eq!(diff(json!({}), closed), ["~ body: type any → one of 2 variants"]);
    }

    #[test]
    fn recursive_schemas_end() {
        let ours = json!({"s": {"$ref": "#/n"}, "n": {"type": "object", "properties": {"next": {"$ref": "#/n"}, "v": {"type": "string"}}}});
        let theirs = json!({"s": {"$ref": "#/n"}, "n": {"type": "object", "properties": {"next": {"$ref": "#/n"}, "v": {"type": "integer"}}}});
        let mut out = Vec::new();
        SchemaDiff { ours: Doc { root: &ours }, theirs: Doc { root: &theirs }, out: &mut out }.compare(
            "body",
            &ours["s"],
            &theirs["s"],
        );
        assert_eq!(out, [Change::changed("body `v`: type string → integer")]);
    }

    #[test]
    fn a_pinned_discriminator_tag_equals_an_unpinned_one() {
        let union = |tag: Value, other: Value| {
            json!({
                "oneOf": [
                    {"type": "object", "required": ["type"], "properties": {"type": tag, "data": other}},
                    {"type": "object", "properties": {"type": {"type": "string"}}}
                ],
                "discriminator": {"propertyName": "type"}
            })
        };
        let pinned = union(json!({"type": "string", "enum": ["qr"]}), json!({"type": "string"}));
        let plain = union(json!({"type": "string"}), json!({"type": "string"}));
        assert!(diff(pinned.clone(), plain.clone()).is_empty(), "{:?}", diff(pinned, plain));
        // Other properties, and tags outside a discriminated union, still count.
        let data_pinned = union(json!({"type": "string"}), json!({"type": "string", "enum": ["x"]}));
        assert_eq!(diff(data_pinned, plain), ["~ body `<variant 0>.data`: enum [\"x\"] → any value"]);
        let object = |tag: Value| json!({"type": "object", "properties": {"type": tag}});
        assert_eq!(
            diff(object(json!({"type": "string", "enum": ["qr"]})), object(json!({"type": "string"}))),
            ["~ body `type`: enum [\"qr\"] → any value"]
        );
    }

    #[test]
    fn variants_are_compared_in_order() {
        let ours = json!({"oneOf": [{"type": "string"}, {"type": "object", "properties": {"a": {"type": "string"}}}]});
        let theirs = json!({"oneOf": [{"type": "string"}, {"type": "object", "properties": {"b": {"type": "string"}}}, {"type": "boolean"}]});
        assert_eq!(
            diff(ours, theirs),
            [
                "~ body: type one of 2 variants → one of 3 variants",
                "- body `<variant 1>.a`: property removed",
                "+ body `<variant 1>.b`: property added (string, optional)",
            ]
        );
    }
}
