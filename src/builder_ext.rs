//! Readable aliases for generated builder setters.
//!
//! Progenitor derives setter names with heck, which turns the query
//! parameters `accountIDs` / `chatIDs` into `account_i_ds` / `chat_i_ds`.
//! These aliases take any iterable of string-likes.

use crate::builder::{ListChats, SearchChats, SearchMessages};

fn strings<I, S>(ids: I) -> Vec<String>
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    ids.into_iter().map(Into::into).collect()
}

macro_rules! id_list_alias {
    ($builder:ident, $alias:ident, $generated:ident, $wire:literal) => {
        impl<'a> $builder<'a> {
            #[doc = concat!("Restricts to these IDs (`", $wire, "`, one repeated query key per ID).")]
            ///
            /// Alias of the generated setter with the heck-mangled name.
            pub fn $alias<I, S>(self, ids: I) -> Self
            where
                I: IntoIterator<Item = S>,
                S: Into<String>,
            {
                self.$generated(strings(ids))
            }
        }
    };
}

id_list_alias!(ListChats, account_ids, account_i_ds, "accountIDs");
id_list_alias!(SearchChats, account_ids, account_i_ds, "accountIDs");
id_list_alias!(SearchMessages, account_ids, account_i_ds, "accountIDs");
id_list_alias!(SearchMessages, chat_ids, chat_i_ds, "chatIDs");
