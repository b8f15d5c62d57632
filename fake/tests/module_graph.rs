//! No import cycles between the modules of a crate: a check over the `use`
//! lines and paths of its source, run on `fake/src` and the client's `src/`.
//!
//! [`module_cycles`] takes a crate's source directory, follows its `mod`
//! declarations from `lib.rs` (or `main.rs`), and draws an edge from module
//! A to module B whenever A names B: in a `use` (`crate::…`, `super::…`,
//! `self::…`, or a child module), in a path in code
//! (`crate::routes::chats::new_chat(…)`), or in a macro's tokens. A name
//! re-exported by another module (`crate::World`, re-exported from
//! `state::world`) counts as naming the module that defines it. Inline
//! modules (`mod tests { use super::*; }`) are nodes of their own, so a
//! test module using its parent is no cycle. Any strongly connected set of
//! two or more modules is reported with the edges that make it.
//!
//! Run it on one directory with
//! `cargo test -p beeper-desktop-fake --test module_graph`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

/// A module's path from the crate root, e.g. `["routes", "chats"]`.
type ModPath = Vec<String>;

/// One edge: from, to, and the path that made it.
type Edge = (ModPath, ModPath, String);

/// What one module holds.
#[derive(Default, Debug)]
struct Module {
    /// Child modules declared in it (`mod x;` or `mod x { … }`).
    children: BTreeSet<String>,
    /// Names it imports (`use a::b::C` gives `C → [a, b, C]`), for
    /// following re-exports. A glob import is kept under `*`.
    imports: Vec<(String, Vec<String>)>,
    /// Every path it names (from `use` lines, code and macros).
    references: Vec<Vec<String>>,
}

/// Reads every `.rs` file below `dir` (path relative to `dir` → text).
fn read_tree(dir: &Path) -> BTreeMap<PathBuf, String> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, String>) {
        let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("a readable directory entry").path();
            if path.is_dir() {
                walk(base, &path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
                out.insert(path.strip_prefix(base).expect("below the base").to_path_buf(), text);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Collects the modules of one crate, starting at its root file.
struct Crawler<'f> {
    files: &'f BTreeMap<PathBuf, String>,
    modules: BTreeMap<ModPath, Module>,
    errors: Vec<String>,
}

impl Crawler<'_> {
    /// Parses the file of module `module`; `dir` is where its child module
    /// files live.
    fn file(&mut self, file: &Path, module: ModPath, dir: PathBuf) {
        let Some(text) = self.files.get(file) else {
            self.errors.push(format!("module {} has no file {}", module.join("::"), file.display()));
            return;
        };
        match syn::parse_file(text) {
            Ok(parsed) => self.items(&parsed.items, module, dir),
            Err(e) => self.errors.push(format!("{}: {e}", file.display())),
        }
    }

    fn items(&mut self, items: &[syn::Item], module: ModPath, dir: PathBuf) {
        self.modules.entry(module.clone()).or_default();
        let mut visitor = Refs { found: Vec::new(), imports: Vec::new() };
        for item in items {
            match item {
                syn::Item::Mod(m) => {
                    let name = m.ident.to_string();
                    self.modules.get_mut(&module).expect("entered above").children.insert(name.clone());
                    let mut child = module.clone();
                    child.push(name.clone());
                    match &m.content {
                        Some((_, inner)) => self.items(inner, child, dir.join(&name)),
                        None => {
                            let explicit =
                                m.attrs.iter().find(|a| a.path().is_ident("path")).and_then(|a| match &a.meta {
                                    syn::Meta::NameValue(nv) => match &nv.value {
                                        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                                        _ => None,
                                    },
                                    _ => None,
                                });
                            let (file, child_dir) = match explicit {
                                Some(p) => {
                                    let file = normalize(&dir_of_path_attr(&dir).join(p));
                                    let child_dir = file.with_extension("");
                                    (file, child_dir)
                                }
                                None => {
                                    let flat = dir.join(format!("{name}.rs"));
                                    if self.files.contains_key(&flat) {
                                        (flat, dir.join(&name))
                                    } else {
                                        (dir.join(&name).join("mod.rs"), dir.join(&name))
                                    }
                                }
                            };
                            self.file(&file, child, child_dir);
                        }
                    }
                }
                other => visitor.visit_item(other),
            }
        }
        let entry = self.modules.get_mut(&module).expect("entered above");
        entry.references.extend(visitor.found);
        entry.imports.extend(visitor.imports);
    }
}

/// `#[path]` on a module declared in `dir/…` is relative to the declaring
/// file's directory; `dir` here is where its children would live, which
/// for `mod.rs`/`lib.rs` is that same directory. Good enough for the flat
/// use of `#[path]`.
fn dir_of_path_attr(dir: &Path) -> PathBuf {
    dir.to_path_buf()
}

/// Drops `.` and resolves `..` in a relative path.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Paths named in one module's items (not in nested modules: the crawler
/// hands those out separately).
struct Refs {
    found: Vec<Vec<String>>,
    imports: Vec<(String, Vec<String>)>,
}

impl Refs {
    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                let mut full = prefix.clone();
                let name = n.ident.to_string();
                if name != "self" {
                    full.push(name.clone());
                }
                let local = if name == "self" { prefix.last().cloned().unwrap_or_default() } else { name };
                self.imports.push((local, full.clone()));
                self.found.push(full);
            }
            syn::UseTree::Rename(r) => {
                let mut full = prefix.clone();
                if r.ident != "self" {
                    full.push(r.ident.to_string());
                }
                self.imports.push((r.rename.to_string(), full.clone()));
                self.found.push(full);
            }
            syn::UseTree::Glob(_) => {
                self.imports.push(("*".to_owned(), prefix.clone()));
                self.found.push(prefix.clone());
            }
            syn::UseTree::Group(g) => {
                for tree in &g.items {
                    self.use_tree(prefix, tree);
                }
            }
        }
    }

    /// `crate::a::b`, `super::a`, `self::a` and `x::y` sequences in tokens.
    fn tokens(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < trees.len() {
            if let TokenTree::Group(g) = &trees[i] {
                self.tokens(g.stream());
                i += 1;
                continue;
            }
            let mut path = Vec::new();
            let mut j = i;
            while let Some(TokenTree::Ident(id)) = trees.get(j) {
                path.push(id.to_string());
                let colons = matches!((trees.get(j + 1), trees.get(j + 2)),
                    (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) if a.as_char() == ':' && b.as_char() == ':');
                if !colons {
                    break;
                }
                j += 3;
            }
            if path.len() > 1 {
                self.found.push(path);
            }
            i = j.max(i) + 1;
        }
    }
}

impl<'ast> Visit<'ast> for Refs {
    fn visit_item_use(&mut self, node: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &node.tree);
    }

    fn visit_path(&mut self, node: &'ast syn::Path) {
        let segments: Vec<String> = node.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.len() > 1 {
            self.found.push(segments);
        }
        syn::visit::visit_path(self, node);
    }

    fn visit_macro(&mut self, node: &'ast syn::Macro) {
        self.tokens(node.tokens.clone());
        syn::visit::visit_macro(self, node);
    }

    // Doc comments and other attributes name no modules that matter.
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}

    // Inline modules inside functions are rare; their paths still count
    // for the enclosing module.
}

/// The module graph of one crate.
struct Graph {
    modules: BTreeMap<ModPath, Module>,
}

impl Graph {
    /// Builds it from files keyed by their path relative to the source
    /// directory; the root is `lib.rs` (or `main.rs`).
    fn new(files: &BTreeMap<PathBuf, String>) -> Result<Self, String> {
        let root = ["lib.rs", "main.rs"]
            .iter()
            .map(PathBuf::from)
            .find(|p| files.contains_key(p))
            .ok_or("no lib.rs or main.rs at the top of the directory")?;
        let mut crawler = Crawler { files, modules: BTreeMap::new(), errors: Vec::new() };
        crawler.file(&root, Vec::new(), PathBuf::new());
        if crawler.errors.is_empty() { Ok(Self { modules: crawler.modules }) } else { Err(crawler.errors.join("\n")) }
    }

    /// The module a path names, seen from module `from` (None: outside the
    /// crate, or a local item).
    fn target(&self, from: &ModPath, path: &[String], depth: usize) -> Option<ModPath> {
        let (mut base, rest): (ModPath, &[String]) = match path.first().map(String::as_str) {
            Some("crate") => (Vec::new(), &path[1..]),
            Some("self") => (from.clone(), &path[1..]),
            Some("super") => {
                let mut base = from.clone();
                let mut rest = path;
                while rest.first().is_some_and(|s| s == "super") {
                    base.pop()?;
                    rest = &rest[1..];
                }
                (base, rest)
            }
            Some(first) if self.modules.get(from).is_some_and(|m| m.children.contains(first)) => (from.clone(), path),
            _ => return None,
        };
        let mut rest = rest;
        while let Some(next) = rest.first() {
            let module = self.modules.get(&base)?;
            if module.children.contains(next) {
                base.push(next.clone());
                rest = &rest[1..];
            } else {
                break;
            }
        }
        // `base::Name`: a name `base` imports is defined where the import points.
        if let (Some(name), Some(module)) = (rest.first(), self.modules.get(&base))
            && depth < 8
            && let Some((_, to)) = module.imports.iter().find(|(local, _)| local == name)
            && let Some(defined) = self.target(&base, to, depth + 1)
        {
            return Some(defined);
        }
        Some(base)
    }

    /// Every edge between two different modules.
    fn edges(&self) -> Vec<Edge> {
        let mut out = Vec::new();
        for (from, module) in &self.modules {
            for path in &module.references {
                if let Some(to) = self.target(from, path, 0)
                    && to != *from
                {
                    out.push((from.clone(), to, path.join("::")));
                }
            }
        }
        out.sort();
        out.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        out
    }
}

fn name(module: &ModPath) -> String {
    if module.is_empty() { "crate".to_owned() } else { format!("crate::{}", module.join("::")) }
}

/// Groups of two or more modules that import each other (directly or
/// through others), each with the edges inside it, as readable lines.
fn cycles_in(files: &BTreeMap<PathBuf, String>) -> Result<Vec<Vec<String>>, String> {
    let graph = Graph::new(files)?;
    let edges = graph.edges();
    let nodes: Vec<&ModPath> = graph.modules.keys().collect();
    let index: BTreeMap<&ModPath, usize> = nodes.iter().enumerate().map(|(i, m)| (*m, i)).collect();
    let mut next: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for (from, to, _) in &edges {
        next[index[from]].push(index[to]);
    }
    let groups = strongly_connected(&next);
    Ok(groups
        .into_iter()
        .filter(|g| g.len() > 1)
        .map(|group| {
            let members: BTreeSet<&ModPath> = group.iter().map(|i| nodes[*i]).collect();
            edges
                .iter()
                .filter(|(f, t, _)| members.contains(f) && members.contains(t))
                .map(|(f, t, via)| format!("{} -> {} (names `{via}`)", name(f), name(t)))
                .collect()
        })
        .collect())
}

/// Tarjan's strongly connected components.
fn strongly_connected(next: &[Vec<usize>]) -> Vec<Vec<usize>> {
    struct State<'a> {
        next: &'a [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        counter: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(s: &mut State<'_>, v: usize) {
        s.index[v] = Some(s.counter);
        s.low[v] = s.counter;
        s.counter += 1;
        s.stack.push(v);
        s.on_stack[v] = true;
        for &w in &s.next[v] {
            match s.index[w] {
                None => {
                    visit(s, w);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(iw) if s.on_stack[w] => s.low[v] = s.low[v].min(iw),
                Some(_) => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack[w] = false;
                group.push(w);
                if w == v {
                    break;
                }
            }
            s.out.push(group);
        }
    }
    let n = next.len();
    let mut s = State {
        next,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        counter: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(&mut s, v);
        }
    }
    s.out
}

/// The import cycles among the modules of the crate whose source is `dir`
/// (empty when there are none), one group of edges per cycle.
///
/// # Panics
/// When a file cannot be read or parsed, or a declared module has no file.
pub fn module_cycles(dir: &Path) -> Vec<Vec<String>> {
    cycles_in(&read_tree(dir)).unwrap_or_else(|e| panic!("cannot read the modules of {}: {e}", dir.display()))
}

/// Fails with every cycle spelled out.
fn assert_acyclic(dir: &Path) {
    let cycles = module_cycles(dir);
    assert!(
        cycles.is_empty(),
        "import cycles among the modules of {}:\n\n{}",
        dir.display(),
        cycles.iter().map(|c| c.join("\n")).collect::<Vec<_>>().join("\n\n")
    );
}

#[test]
fn the_fake_has_no_import_cycles() {
    assert_acyclic(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
}

#[test]
fn the_client_has_no_import_cycles() {
    assert_acyclic(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../src"));
}

#[cfg(test)]
mod checker {
    use super::*;

    fn files(list: &[(&str, &str)]) -> BTreeMap<PathBuf, String> {
        list.iter().map(|(p, t)| (PathBuf::from(p), (*t).to_owned())).collect()
    }

    fn cycles(list: &[(&str, &str)]) -> Vec<Vec<String>> {
        cycles_in(&files(list)).unwrap()
    }

    #[test]
    fn a_use_in_each_direction_is_a_cycle() {
        let found = cycles(&[
            ("lib.rs", "mod a; mod b;"),
            ("a.rs", "use crate::b::B; pub struct A;"),
            ("b.rs", "use crate::a::A; pub struct B;"),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].len(), 2, "{found:?}");
        assert!(found[0][0].contains("crate::a -> crate::b"), "{found:?}");
    }

    #[test]
    fn paths_in_code_and_in_macros_count() {
        let in_code = cycles(&[
            ("lib.rs", "mod state; mod routes;"),
            ("state.rs", "pub struct World { pub b: crate::routes::bridges::BridgeWorld }"),
            ("routes/mod.rs", "pub mod bridges;"),
            ("routes/bridges.rs", "pub struct BridgeWorld; fn f(w: &super::super::state::World) {}"),
        ]);
        assert_eq!(in_code.len(), 1, "{in_code:?}");
        let in_macro = cycles(&[
            ("lib.rs", "mod a; mod b;"),
            ("a.rs", "pub fn f() { println!(\"{}\", crate::b::g()); }"),
            ("b/mod.rs", "pub fn g() -> u8 { crate::a::f(); 1 }"),
        ]);
        assert_eq!(in_macro.len(), 1, "{in_macro:?}");
    }

    #[test]
    fn three_modules_in_a_ring_are_one_cycle() {
        let found = cycles(&[
            ("lib.rs", "pub mod a; pub mod b; pub mod c;"),
            ("a.rs", "use super::b;"),
            ("b.rs", "use crate::c::*;"),
            ("c.rs", "fn f() { crate::a::x(); }"),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].len(), 3, "{found:?}");
    }

    #[test]
    fn layers_re_exports_and_test_modules_are_no_cycle() {
        let found = cycles(&[
            (
                "lib.rs",
                "pub mod state; pub mod routes; pub use state::World; \
                 pub fn start() { routes::router(); }",
            ),
            ("state/mod.rs", "mod world; pub use world::World; // crate::routes::x in a comment\n"),
            (
                "state/world.rs",
                "/// [`crate::routes`]\npub struct World; fn s() -> &'static str { \"crate::routes::x\" }",
            ),
            (
                "routes/mod.rs",
                "pub mod chats; use crate::World; pub fn router() { chats::list(); }\n\
                 #[cfg(test)] mod tests { use super::*; }",
            ),
            ("routes/chats.rs", "use crate::state::World; pub fn list() { let _ = crate::World; }"),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_child_using_its_parent_that_uses_it_is_a_cycle() {
        let found = cycles(&[
            ("lib.rs", "mod routes;"),
            ("routes/mod.rs", "mod chats; pub(crate) fn helper() {} fn r() { chats::list(); }"),
            ("routes/chats.rs", "pub fn list() { super::helper(); }"),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_missing_module_file_is_an_error() {
        let err = cycles_in(&files(&[("lib.rs", "mod gone;")])).unwrap_err();
        assert!(err.contains("gone"), "{err}");
    }
}
