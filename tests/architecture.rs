//! The layer order of `src/` (README, "Layout"), held against the code. Every `use crate::…`,
//! `use super::…` and inline `crate::…`/`super::…` path of each file is resolved to the file
//! it names; a file may import from its own top-level module or from a lower layer only,
//! and no files may import each other in a circle. A failure names the offending import.
//!
//! Covers no route: it reads `src/`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Bottom to top. A module may import from the layers before its own, and within its own
/// top-level module; two top-level modules of one layer never import each other.
const LAYERS: &[(&str, &[&str])] = &[
    ("languages", &["i18n"]),
    (
        "foundations",
        &[
            "schema",
            "settings",
            "urlencoded",
            "format",
            "http",
            "tokens",
        ],
    ),
    ("domain", &["domain"]),
    ("error kinds", &["error"]),
    ("database", &["db"]),
    ("security", &["security", "cookie_key", "body"]),
    (
        "auth and request bodies",
        &["auth", "form", "upload", "json"],
    ),
    ("views", &["views"]),
    ("handlers", &["api", "routes", "commands"]),
    ("startup", &["startup"]),
];

/// One file of the crate: its module path (`["db", "students", "history"]`) and source.
struct Module {
    file: String,
    path: Vec<String>,
    source: String,
}

/// An import of one file by another, as written.
struct Import {
    from: usize,
    to: usize,
    written: String,
}

#[test]
fn src_follows_the_layer_order_without_circles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    assert!(files.len() > 20, "found the source files");
    let problems = check(files);
    assert!(
        problems.is_empty(),
        "the imports of src/ break the layer order (README, Layout):\n{}",
        problems.join("\n")
    );
}

#[test]
fn an_import_from_a_higher_layer_is_named() {
    let problems = check(vec![
        file("db/mod.rs", "pub mod students;"),
        file("db/students.rs", "use crate::views::Layout;\n"),
        file("views/mod.rs", "pub struct Layout;"),
    ]);
    assert_eq!(
        problems,
        [
            "src/db/students.rs imports `crate::views::Layout` (src/views/mod.rs): \
          the database layer may not import from views"
        ]
    );
}

#[test]
fn a_circle_of_imports_is_named() {
    let problems = check(vec![
        file("db/mod.rs", "pub mod a;\npub mod b;"),
        file("db/a.rs", "use super::b::B;\npub struct A;"),
        file(
            "db/b.rs",
            "pub struct B(crate::db::a::A);\n#[cfg(test)]\nmod tests { use super::*; }",
        ),
    ]);
    assert_eq!(
        problems,
        [
            "a circle of imports: src/db/a.rs imports `super::b::B` (src/db/b.rs); \
          src/db/b.rs imports `crate::db::a::A` (src/db/a.rs)"
        ]
    );
}

#[test]
fn a_module_outside_the_table_is_named() {
    let problems = check(vec![file("helpers.rs", "")]);
    assert_eq!(
        problems,
        ["src/helpers.rs: the module `helpers` has no layer in tests/architecture.rs"]
    );
}

fn file(name: &str, source: &str) -> (String, String) {
    (name.to_owned(), source.to_owned())
}

/// Every `.rs` file under `dir`, as (path relative to `src/`, source).
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read src/")
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(root, &path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let relative = path.strip_prefix(root).expect("under src/");
            let name = relative.to_str().expect("UTF-8 path").replace('\\', "/");
            files.push((name, std::fs::read_to_string(&path).expect("read a file")));
        }
    }
}

/// Every problem: imports against the layer order, circles, modules without a layer.
fn check(files: Vec<(String, String)>) -> Vec<String> {
    let modules: Vec<Module> = files
        .into_iter()
        // `main.rs` is the top and imports the library by its name; `lib.rs` only lists
        // the modules.
        .filter(|(name, _)| name != "main.rs" && name != "lib.rs")
        .map(|(name, source)| Module {
            path: module_path(&name),
            file: format!("src/{name}"),
            source,
        })
        .collect();
    let mut problems = Vec::new();
    let mut layers = Vec::new();
    for module in &modules {
        let layer = layer_of(&module.path[0]);
        if layer.is_none() {
            problems.push(format!(
                "{}: the module `{}` has no layer in tests/architecture.rs",
                module.file, module.path[0]
            ));
        }
        layers.push(layer);
    }
    let imports = imports_of(&modules);
    for import in &imports {
        let (from, to) = (&modules[import.from], &modules[import.to]);
        let (Some(from_layer), Some(to_layer)) = (layers[import.from], layers[import.to]) else {
            continue;
        };
        let same_module = from.path[0] == to.path[0];
        if !same_module && to_layer >= from_layer {
            problems.push(format!(
                "{} imports `{}` ({}): the {} layer may not import from {}",
                from.file, import.written, to.file, LAYERS[from_layer].0, LAYERS[to_layer].0
            ));
        }
    }
    problems.extend(circles(&modules, &imports));
    problems
}

fn layer_of(top: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&top))
}

/// `db/students/mod.rs` → `["db", "students"]`; `format.rs` → `["format"]`.
fn module_path(name: &str) -> Vec<String> {
    let mut path: Vec<String> = name
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_owned)
        .collect();
    if path.last().is_some_and(|last| last == "mod") {
        path.pop();
    }
    path
}

fn imports_of(modules: &[Module]) -> Vec<Import> {
    let index: BTreeMap<&[String], usize> = modules
        .iter()
        .enumerate()
        .map(|(at, module)| (module.path.as_slice(), at))
        .collect();
    let mut imports = Vec::new();
    let mut seen = BTreeSet::new();
    for (from, module) in modules.iter().enumerate() {
        for written in paths_in(&code_of(&module.source)) {
            let Some(target) = resolve(module, &written) else {
                continue;
            };
            // The longest prefix that is a file of the crate.
            let to = (1..=target.len())
                .rev()
                .find_map(|len| index.get(&target[..len]).copied());
            if let Some(to) = to
                && to != from
                && seen.insert((from, to))
            {
                imports.push(Import { from, to, written });
            }
        }
    }
    imports
}

/// The source without its test module (at the end of a file, after `#[cfg(test)]`) and
/// without comments.
fn code_of(source: &str) -> String {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    code.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(|line| line.split(" // ").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths a file names from the crate: each leaf of its `use` trees, and every inline
/// `crate::…` or `super::…` path elsewhere in its code.
fn paths_in(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut elsewhere = String::new();
    let mut rest = code;
    while let Some(at) = find_use(rest) {
        elsewhere.push_str(&rest[..at]);
        let statement = &rest[at + "use ".len()..];
        let end = statement.find(';').unwrap_or(statement.len());
        let tree = statement[..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        expand(&tree, "", &mut paths);
        rest = &statement[end..];
    }
    elsewhere.push_str(rest);
    for prefix in ["crate::", "super::"] {
        for (at, _) in elsewhere.match_indices(prefix) {
            let before = elsewhere[..at].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let path: String = elsewhere[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            paths.push(path.trim_end_matches(':').to_owned());
        }
    }
    paths.retain(|path| {
        path.starts_with("crate::") || path.starts_with("super::") || path.starts_with("self::")
    });
    paths
}

/// The next `use ` that starts a statement (at a line start, or after `pub `/`pub(…) `).
fn find_use(code: &str) -> Option<usize> {
    let mut offset = 0;
    for line in code.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let statement = trimmed
            .strip_prefix("pub ")
            .or_else(|| {
                trimmed
                    .strip_prefix("pub(")
                    .and_then(|rest| rest.split_once(") ").map(|(_, rest)| rest))
            })
            .unwrap_or(trimmed);
        if statement.starts_with("use ") {
            return Some(offset + (line.len() - statement.len()));
        }
        offset += line.len();
    }
    None
}

/// `a::{b, c::{d, self}, e as f}` → `a::b`, `a::c::d`, `a::c`, `a::e`.
fn expand(tree: &str, prefix: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    let join = |tail: &str| match (prefix.is_empty(), tail) {
        (true, tail) => tail.to_owned(),
        (false, "self") => prefix.to_owned(),
        (false, tail) => format!("{prefix}::{tail}"),
    };
    match tree.find('{') {
        Some(open) => {
            let head = tree[..open].trim().trim_end_matches("::");
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let base = if head.is_empty() {
                prefix.to_owned()
            } else {
                join(head)
            };
            for part in split_top_level(inner) {
                expand(part, &base, out);
            }
        }
        None => {
            let name = tree
                .split_once(" as ")
                .map_or(tree, |(name, _)| name)
                .trim();
            let name = name.trim_end_matches("::*");
            if !name.is_empty() && name != "*" {
                out.push(join(name));
            }
        }
    }
}

fn split_top_level(inner: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (at, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect()
}

/// The absolute module path a written path names, from `module`.
fn resolve(module: &Module, written: &str) -> Option<Vec<String>> {
    let mut segments = written.split("::");
    let mut base: Vec<String> = match segments.next()? {
        "crate" => Vec::new(),
        "self" => module.path.clone(),
        "super" => parent(module),
        _ => return None,
    };
    for segment in segments {
        if segment == "super" {
            base.pop();
        } else {
            base.push(segment.to_owned());
        }
    }
    Some(base)
}

/// `super` of a module: for `db/students/history.rs` and `db/students/mod.rs` alike, the
/// module path without its last segment.
fn parent(module: &Module) -> Vec<String> {
    let mut path = module.path.clone();
    path.pop();
    path
}

/// Every set of files that import each other in a circle (Tarjan's strongly connected
/// components), each with the imports that tie it.
fn circles(modules: &[Module], imports: &[Import]) -> Vec<String> {
    let count = modules.len();
    let mut edges = vec![Vec::new(); count];
    for import in imports {
        edges[import.from].push(import.to);
    }
    let mut state = Tarjan {
        edges: &edges,
        index: vec![None; count],
        low: vec![0; count],
        on_stack: vec![false; count],
        stack: Vec::new(),
        next: 0,
        components: Vec::new(),
    };
    for node in 0..count {
        if state.index[node].is_none() {
            state.visit(node);
        }
    }
    state
        .components
        .into_iter()
        .filter(|component| component.len() > 1)
        .map(|component| {
            let ties: Vec<String> = imports
                .iter()
                .filter(|import| component.contains(&import.from) && component.contains(&import.to))
                .map(|import| {
                    format!(
                        "{} imports `{}` ({})",
                        modules[import.from].file, import.written, modules[import.to].file
                    )
                })
                .collect();
            format!("a circle of imports: {}", ties.join("; "))
        })
        .collect()
}

struct Tarjan<'a> {
    edges: &'a [Vec<usize>],
    index: Vec<Option<usize>>,
    low: Vec<usize>,
    on_stack: Vec<bool>,
    stack: Vec<usize>,
    next: usize,
    components: Vec<Vec<usize>>,
}

impl Tarjan<'_> {
    fn visit(&mut self, node: usize) {
        self.index[node] = Some(self.next);
        self.low[node] = self.next;
        self.next += 1;
        self.stack.push(node);
        self.on_stack[node] = true;
        for &next in &self.edges[node] {
            match self.index[next] {
                None => {
                    self.visit(next);
                    self.low[node] = self.low[node].min(self.low[next]);
                }
                Some(index) if self.on_stack[next] => {
                    self.low[node] = self.low[node].min(index);
                }
                Some(_) => {}
            }
        }
        if Some(self.low[node]) == self.index[node] {
            let mut component = Vec::new();
            while let Some(member) = self.stack.pop() {
                self.on_stack[member] = false;
                component.push(member);
                if member == node {
                    break;
                }
            }
            component.sort();
            self.components.push(component);
        }
    }
}
