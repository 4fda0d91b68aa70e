//! Reading what the pages answered: index rows, pager links, range lines, redirects.

use reqwest::{Response, StatusCode, header};

/// The student ids of an index page's rows, in the order shown.
pub fn row_ids(page: &str) -> Vec<i64> {
    page.split(r##"<td class="id" data-label="#">#"##)
        .skip(1)
        .map(|rest| {
            rest[..rest.find('<').expect("end of id")]
                .parse()
                .expect("numeric id")
        })
        .collect()
}

/// The target of the link marked `rel="…"` (next, prev), as a path to request.
pub fn rel_link(page: &str, rel: &str) -> Option<String> {
    let marker = format!(r#"" rel="{rel}""#);
    let end = page.find(&marker)?;
    let start = page[..end].rfind(r#"href=""#)? + r#"href=""#.len();
    Some(page[start..end].replace("&#38;", "&"))
}

/// The "1–25 of 60" line of an index page.
pub fn range_line(page: &str) -> String {
    let start =
        page.find(r#"<p class="range">"#).expect("a range line") + r#"<p class="range">"#.len();
    let end = start + page[start..].find("</p>").expect("end of range");
    page[start..end].replace('\u{202F}', " ")
}

/// The text of the page's notices, without their links' markup ("Added student Ada
/// Lovelace."), one per line.
pub fn notices(page: &str) -> String {
    page.split(r#"<div class="flash "#)
        .skip(1)
        .map(|rest| {
            let start = rest.find("<span>").map_or(0, |at| at + "<span>".len());
            let end = start + rest[start..].find("</span>").unwrap_or(0);
            let mut text = String::new();
            let mut in_tag = false;
            for c in rest[start..end].chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A successful form post: 303 back to the index.
pub fn assert_see_index(response: &Response) {
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(response), "/");
}

pub fn location(response: &Response) -> &str {
    response
        .headers()
        .get(header::LOCATION)
        .expect("Location header")
        .to_str()
        .expect("ASCII Location")
}

/// Asserts the status and returns the body.
pub async fn body_with_status(response: Response, status: StatusCode) -> String {
    let actual = response.status();
    let body = response.text().await.expect("body");
    assert_eq!(actual, status, "unexpected status; body:\n{body}");
    body
}
