//! Setters: the operation builders' setters take friendlier arguments.

use quote::{ToTokens, format_ident, quote};

/// A list setter (`V: TryInto<Vec<T>>`) takes any iterable of values
/// convertible to `T` instead, so `.account_ids(["a", "b"])` works as well
/// as a `Vec<String>`; it cannot fail, so it stores the list directly.
pub(super) fn take_any_list(f: &mut syn::ImplItemFn) {
    let Some(where_clause) = &f.sig.generics.where_clause else { return };
    let Some(syn::WherePredicate::Type(pred)) = where_clause.predicates.first() else { return };
    let bound = pred.bounds.to_token_stream().to_string().replace(' ', "");
    let Some(inner) = bound.strip_prefix("std::convert::TryInto<::std::vec::Vec<").and_then(|b| b.strip_suffix(">>"))
    else {
        return;
    };
    let Ok(item): Result<syn::Type, _> = syn::parse_str(inner) else { return };
    let field = f.sig.ident.clone();
    let optional = f.block.to_token_stream().to_string().contains("map (Some)");
    let value = if optional { quote!(Some(list)) } else { quote!(list) };
    let attrs = &f.attrs;
    *f = syn::parse_quote! {
        #(#attrs)*
        pub fn #field<I, S>(mut self, value: I) -> Self
        where
            I: ::std::iter::IntoIterator<Item = S>,
            S: ::std::convert::Into<#item>,
        {
            let list: ::std::vec::Vec<#item> = value.into_iter().map(::std::convert::Into::into).collect();
            self.#field = Ok(#value);
            self
        }
    };
}

/// The bound of a setter's first `where` predicate, without spaces or a
/// leading `::` (`std::convert::TryInto<i32>`).
fn first_bound(f: &syn::ImplItemFn) -> Option<String> {
    let where_clause = f.sig.generics.where_clause.as_ref()?;
    let Some(syn::WherePredicate::Type(pred)) = where_clause.predicates.first() else { return None };
    let bound = pred.bounds.to_token_stream().to_string().replace(' ', "");
    Some(bound.trim_start_matches("::").to_owned())
}

const UTC_TIME: &str = "::chrono::DateTime<::chrono::offset::Utc>";

const TIME_DOC: &str = "Any `chrono::DateTime<Tz>` is accepted (`Utc`, `FixedOffset`, `Local`, …); \
                        it is sent as the same instant in UTC.";

/// Whether `f` is a setter taking `TryInto<DateTime<Utc>>` (`Some(false)`)
/// or `TryInto<Option<DateTime<Utc>>>` (`Some(true)`).
fn time_setter(f: &syn::ImplItemFn) -> Option<bool> {
    let inner = first_bound(f)?.strip_prefix("std::convert::TryInto<")?.strip_suffix('>')?.to_owned();
    if inner == UTC_TIME {
        Some(false)
    } else if inner.strip_prefix("::std::option::Option<").and_then(|t| t.strip_suffix('>')) == Some(UTC_TIME) {
        Some(true)
    } else {
        None
    }
}

/// A time setter (`TryInto<DateTime<Utc>>`) takes any `DateTime<Tz>`
/// instead and stores it converted to UTC, so a `FixedOffset` or `Local`
/// time needs no conversion at the call site; it cannot fail. `stores_some`
/// is true for an optional field holding `Option<DateTime<Utc>>` set by
/// the plain value (the operation builders' query parameters).
fn take_any_time(f: &mut syn::ImplItemFn, stores_some: bool) -> bool {
    let Some(optional) = time_setter(f) else { return false };
    let field = f.sig.ident.clone();
    let mut attrs = f.attrs.clone();
    attrs.push(syn::parse_quote!(#[doc = ""]));
    attrs.push(syn::parse_quote!(#[doc = #TIME_DOC]));
    *f = if optional {
        // typify's optional setter takes the value or an `Option` of it.
        syn::parse_quote! {
            #(#attrs)*
            pub fn #field<Tz: ::chrono::TimeZone>(
                mut self,
                value: impl ::std::convert::Into<::std::option::Option<::chrono::DateTime<Tz>>>,
            ) -> Self {
                self.#field = Ok(value.into().map(|t| t.with_timezone(&::chrono::Utc)));
                self
            }
        }
    } else {
        let value = if stores_some {
            quote!(Some(value.with_timezone(&::chrono::Utc)))
        } else {
            quote!(value.with_timezone(&::chrono::Utc))
        };
        syn::parse_quote! {
            #(#attrs)*
            pub fn #field(mut self, value: ::chrono::DateTime<impl ::chrono::TimeZone>) -> Self {
                self.#field = Ok(#value);
                self
            }
        }
    };
    true
}

/// The `maybe_` twin of an optional parameter's setter: the same generics,
/// an `Option` of the same argument; `Some` calls the setter, `None`
/// leaves the parameter unset.
fn maybe_setter(f: &syn::ImplItemFn) -> Result<syn::ImplItem, String> {
    let field = &f.sig.ident;
    let maybe = format_ident!("maybe_{}", field);
    let mut sig = f.sig.clone();
    sig.ident = maybe.clone();
    let inputs = sig.inputs.len();
    let arg = match sig.inputs.iter_mut().nth(1) {
        Some(syn::FnArg::Typed(arg)) if inputs == 2 => arg,
        _ => return Err(format!("setter `{field}` does not take exactly one value")),
    };
    let ty = arg.ty.clone();
    *arg.ty = syn::parse_quote!(::std::option::Option<#ty>);
    let doc = format!(
        "Sets `{field}` from an `Option`: `Some(value)` is [`{field}(value)`](Self::{field}), `None` leaves \
         `{field}` unset (clearing a value set before), so a value that may be absent needs no `if let`."
    );
    Ok(syn::parse_quote! {
        #[doc = #doc]
        pub #sig {
            match value {
                Some(value) => self.#field(value),
                None => {
                    self.#field = Ok(None);
                    self
                }
            }
        }
    })
}

/// Operation builders: time parameters take any `DateTime<Tz>` (sent in
/// UTC), and every optional parameter's setter gets a `maybe_` twin taking
/// an `Option`, so a value from a CLI flag or a config needs no `if let`
/// around each call. Twins rather than setters taking `impl Into<Option<T>>`:
/// the plain setters keep their `TryInto` conversions (`.limit(20u8)`),
/// and a bare `.limit(None)` would have no type to infer. Returns how many
/// twins were added.
pub(super) fn operation_setters(items: &mut [syn::Item]) -> Result<usize, String> {
    let mut optional: std::collections::BTreeSet<(String, String)> = Default::default();
    for item in items.iter() {
        let syn::Item::Struct(s) = item else { continue };
        for field in s.fields.iter() {
            let ty = field.ty.to_token_stream().to_string().replace(' ', "");
            if let Some(ident) = &field.ident
                && ty.starts_with("Result<Option<")
            {
                optional.insert((s.ident.to_string(), ident.to_string()));
            }
        }
    }
    let mut added = 0;
    for item in items.iter_mut() {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let builder = super::syntax::last_ident(&imp.self_ty);
        let mut twins = Vec::new();
        for member in &mut imp.items {
            let syn::ImplItem::Fn(f) = member else { continue };
            let is_optional = optional.contains(&(builder.clone(), f.sig.ident.to_string()));
            take_any_time(f, is_optional);
            if is_optional {
                twins.push(maybe_setter(f)?);
            }
        }
        added += twins.len();
        imp.items.extend(twins);
    }
    Ok(added)
}

/// Type builders (`types::builder`, used by `body_map`): time fields take
/// any `DateTime<Tz>` (an optional one also an `Option` of it), sent in
/// UTC. Their other optional setters already take the value or an
/// `Option` of it. Returns how many setters changed.
pub(super) fn type_builder_setters(types: &mut [syn::Item]) -> usize {
    let mut changed = 0;
    for item in types.iter_mut() {
        let syn::Item::Mod(m) = item else { continue };
        if m.ident != "builder" {
            continue;
        }
        for inner in m.content.iter_mut().flat_map(|(_, items)| items.iter_mut()) {
            let syn::Item::Impl(imp) = inner else { continue };
            if imp.trait_.is_some() {
                continue;
            }
            for member in &mut imp.items {
                if let syn::ImplItem::Fn(f) = member
                    && take_any_time(f, false)
                {
                    changed += 1;
                }
            }
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(item: &impl ToTokens) -> String {
        item.to_token_stream().to_string().replace(' ', "")
    }

    /// An operation builder as progenitor writes it: a required path
    /// parameter, an optional count, an optional list and an optional time.
    fn builder() -> Vec<syn::Item> {
        vec![
            syn::parse_quote! {
                pub struct SearchThings<'a> {
                    pub(crate) client: &'a super::Client,
                    pub(crate) thing_id: Result<String, String>,
                    pub(crate) limit: Result<Option<i32>, String>,
                    pub(crate) ids: Result<Option<::std::vec::Vec<String>>, String>,
                    pub(crate) after: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
                }
            },
            syn::parse_quote! {
                impl<'a> SearchThings<'a> {
                    pub fn thing_id<V>(mut self, value: V) -> Self where V: std::convert::TryInto<String> {
                        self.thing_id = value.try_into().map_err(|_| "bad".to_string());
                        self
                    }
                    ///How many.
                    pub fn limit<V>(mut self, value: V) -> Self where V: std::convert::TryInto<i32> {
                        self.limit = value.try_into().map(Some).map_err(|_| "bad".to_string());
                        self
                    }
                    pub fn ids<V>(mut self, value: V) -> Self where V: std::convert::TryInto<::std::vec::Vec<String>> {
                        self.ids = value.try_into().map(Some).map_err(|_| "bad".to_string());
                        self
                    }
                    ///Only things after this time.
                    pub fn after<V>(mut self, value: V) -> Self
                    where V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>> {
                        self.after = value.try_into().map(Some).map_err(|_| "bad".to_string());
                        self
                    }
                }
            },
        ]
    }

    #[test]
    fn lists_take_any_iterable() {
        let mut items = builder();
        let syn::Item::Impl(imp) = &mut items[1] else { unreachable!() };
        let syn::ImplItem::Fn(f) = &mut imp.items[2] else { unreachable!() };
        take_any_list(f);
        let out = render(f);
        assert!(out.contains("I:::std::iter::IntoIterator<Item=S>,S:::std::convert::Into<String>"), "{out}");
        assert!(out.contains("self.ids=Ok(Some(list))"), "{out}");
    }

    #[test]
    fn every_optional_parameter_gets_a_maybe_twin_and_times_take_any_zone() {
        let mut items = builder();
        assert_eq!(operation_setters(&mut items).unwrap(), 3);
        let out = render(&items[1]);
        // The required parameter has no twin.
        assert!(!out.contains("maybe_thing_id"), "{out}");
        assert!(
            out.contains(
                "pubfnmaybe_limit<V>(mutself,value:::std::option::Option<V>)->SelfwhereV:std::convert::TryInto<i32>"
            ),
            "{out}"
        );
        assert!(out.contains("Some(value)=>self.limit(value),None=>{self.limit=Ok(None);self}"), "{out}");
        assert!(out.contains("pubfnmaybe_ids<V>"), "{out}");
        assert!(out.contains("pubfnafter(mutself,value:::chrono::DateTime<impl::chrono::TimeZone>)->Self"), "{out}");
        assert!(out.contains("self.after=Ok(Some(value.with_timezone(&::chrono::Utc)))"), "{out}");
        assert!(
            out.contains(
                "pubfnmaybe_after(mutself,value:::std::option::Option<::chrono::DateTime<impl::chrono::TimeZone>>)"
            ),
            "{out}"
        );
        // The time setter keeps its doc and says what it accepts; twins are documented.
        assert!(out.contains("Onlythingsafterthistime."), "{out}");
        assert!(out.contains("sentasthesameinstantinUTC"), "{out}");
        assert_eq!(out.matches("Sets`").count(), 3, "{out}");
    }

    #[test]
    fn type_builder_times_take_any_zone_and_optional_ones_an_option() {
        let mut types: Vec<syn::Item> = vec![syn::parse_quote! {
            pub mod builder {
                impl Reminder {
                    pub fn remind_at<T>(mut self, value: T) -> Self
                    where
                        T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                        T::Error: ::std::fmt::Display,
                    {
                        self.remind_at = value.try_into().map_err(|e| format!("{e}"));
                        self
                    }
                    pub fn seen_at<T>(mut self, value: T) -> Self
                    where
                        T: ::std::convert::TryInto<::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>>,
                        T::Error: ::std::fmt::Display,
                    {
                        self.seen_at = value.try_into().map_err(|e| format!("{e}"));
                        self
                    }
                    pub fn note<T>(mut self, value: T) -> Self
                    where
                        T: ::std::convert::TryInto<::std::option::Option<String>>,
                        T::Error: ::std::fmt::Display,
                    {
                        self.note = value.try_into().map_err(|e| format!("{e}"));
                        self
                    }
                }
            }
        }];
        assert_eq!(type_builder_setters(&mut types), 2);
        let out = render(&types[0]);
        assert!(out.contains("self.remind_at=Ok(value.with_timezone(&::chrono::Utc))"), "{out}");
        assert!(
            out.contains("pubfnseen_at<Tz:::chrono::TimeZone>(mutself,value:impl::std::convert::Into<::std::option::Option<::chrono::DateTime<Tz>>>,)"),
            "{out}"
        );
        assert!(out.contains("T:::std::convert::TryInto<::std::option::Option<String>>"), "other setters stay: {out}");
    }
}
