//! The index at scale: pagination, search, sort and filters, driven through the query
//! string like a bookmark would, with every bad value falling back to a default.
//!
//! Routes: `/` with every query parameter (`q`, `age_min`, `age_max`, `course`, `sort`,
//! `dir`, `per_page`, `after`, `before`, `last`, `pos`).

use crate::helpers::*;
use reqwest::StatusCode;

crate::on_every_backend!(
    pages_walk_every_student_once_forwards_and_backwards,
    the_last_page_lines_up_with_the_pages_before_it,
    bad_or_stale_parameters_fall_back_to_defaults,
    the_page_size_can_be_chosen_up_to_200,
    search_matches_parts_of_names_and_emails_ignoring_case,
    search_text_is_literal_and_escaped,
    every_column_sorts_both_ways_with_ties_broken_by_id,
    the_age_filter_keeps_students_in_range,
    links_keep_the_search_sort_and_page_size,
    large_match_counts_are_capped,
    a_capped_total_is_counted_exactly_on_request,
    a_search_with_many_matches_pages_through_all_of_them,
    a_search_matching_more_than_the_list_holds_says_so,
);

/// Follows `rel` links from `start`, collecting every page's row ids and range line.
async fn walk(app: &TestApp, start: &str, rel: &str) -> Vec<(Vec<i64>, String)> {
    let mut pages = Vec::new();
    let mut next = Some(start.to_owned());
    while let Some(path) = next {
        let page = app.get_html(&path).await;
        pages.push((row_ids(&page), range_line(&page)));
        next = rel_link(&page, rel);
        assert!(pages.len() < 100, "pagination does not end");
    }
    pages
}

async fn pages_walk_every_student_once_forwards_and_backwards(app: TestApp) {
    students::commands::seed::run(&app.pool, 57).expect("seed");
    let forwards = walk(&app, "/?sort=name", "next").await;
    let ranges: Vec<&str> = forwards.iter().map(|(_, range)| range.as_str()).collect();
    assert_eq!(ranges, ["1–25 of 60", "26–50 of 60", "51–60 of 60"]);
    let mut seen: Vec<i64> = forwards.iter().flat_map(|(ids, _)| ids.clone()).collect();
    assert_eq!(seen.len(), 60);
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 60, "no student is shown twice");

    // Back from the last page with "Previous": the same pages in reverse.
    let backwards = walk(&app, "/?sort=name&last=1", "prev").await;
    let mut reversed: Vec<(Vec<i64>, String)> = backwards;
    reversed.reverse();
    assert_eq!(reversed, forwards);
}

async fn the_last_page_lines_up_with_the_pages_before_it(app: TestApp) {
    students::commands::seed::run(&app.pool, 57).expect("seed");
    let page = app.get_html("/?last=1").await;
    assert_eq!(range_line(&page), "51–60 of 60");
    assert_eq!(row_ids(&page).len(), 10);
    assert!(rel_link(&page, "next").is_none());
    assert!(page.contains(r#"<span class="disabled">Last »</span>"#));
    let previous = app
        .get_html(&rel_link(&page, "prev").expect("a previous page"))
        .await;
    assert_eq!(range_line(&previous), "26–50 of 60");
}

async fn bad_or_stale_parameters_fall_back_to_defaults(app: TestApp) {
    students::commands::seed::run(&app.pool, 27).expect("seed");
    let default = row_ids(&app.get_html("/").await);
    assert_eq!(default.len(), 25);
    for query in [
        "?sort=shoe&dir=sideways&per_page=-3&age_min=old&age_max=%FF",
        "?after=999999999",
        "?before=abc",
        "?after=99999999999999999999999",
        "?pos=-5",
        "?per_page=0",
        "?q=&age_min=&age_max=",
        "?last=maybe",
        "?%FF%FE=%C3%28",
    ] {
        let page = app.get_html(&format!("/{query}")).await;
        assert_eq!(row_ids(&page), default, "{query} shows the first page");
        assert_eq!(range_line(&page), "1–25 of 30", "{query}");
    }
    // A real row but a position that cannot be right: the rows, without made-up numbers.
    let after = default[24];
    let page = app.get_html(&format!("/?after={after}&pos=999")).await;
    assert_eq!(range_line(&page), "5 shown of 30");
    // Past the end (the row was the last one): the last page.
    let last = *row_ids(&app.get_html("/?last=1").await)
        .last()
        .expect("a row");
    let page = app.get_html(&format!("/?after={last}&pos=31")).await;
    assert_eq!(range_line(&page), "26–30 of 30");
}

async fn the_page_size_can_be_chosen_up_to_200(app: TestApp) {
    students::commands::seed::run(&app.pool, 247).expect("seed");
    for (per_page, shown, range) in [
        ("10", 10, "1–10 of 250"),
        ("200", 200, "1–200 of 250"),
        ("5000", 200, "1–200 of 250"),
    ] {
        let page = app.get_html(&format!("/?per_page={per_page}")).await;
        assert_eq!(row_ids(&page).len(), shown, "per_page={per_page}");
        assert_eq!(range_line(&page), range);
    }
    let page = app.get_html("/?per_page=10").await;
    assert!(page.contains(r#"<option value="10" selected>10</option>"#));
    assert!(
        rel_link(&page, "next")
            .expect("next")
            .contains("per_page=10")
    );
}

async fn search_matches_parts_of_names_and_emails_ignoring_case(app: TestApp) {
    let ada = app.insert_student("Ada", "Lovelace", "ada@analytical.org", Some(36));
    let grace = app.insert_student("Grace", "Hopper", "grace@navy.mil", Some(85));
    let alan = app.insert_student("Alan", "Turing", "alan@bletchley.uk", Some(41));
    let carl = app.insert_student("Carl", "White", "carlwhite@example.com", None);
    for (search, expected) in [
        ("LOVE", vec![ada]),
        ("hop", vec![grace]),
        ("NAVY.mil", vec![grace]),
        ("ada lov", vec![ada]),
        ("ing", vec![alan]),
        ("ley", vec![alan]),
        ("lac", vec![ada]),
        ("ple", vec![carl]),
        // One or two characters match the start of the last name or the email.
        ("a", vec![ada, alan]),
        ("Wh", vec![carl]),
        ("@", vec![]),
    ] {
        let page = app
            .get_html(&format!("/?q={}&sort=name", search.replace(' ', "+")))
            .await;
        let mut shown = row_ids(&page);
        shown.sort();
        let mut expected = expected;
        expected.sort();
        assert_eq!(shown, expected, "search {search:?}");
    }
    assert_eq!(range_line(&app.get_html("/?q=love").await), "1 of 1");
    let page = app.get_html("/?q=zzz").await;
    assert!(page.contains("No students match"));
    assert!(page.contains("Nobody’s name or email contains “zzz”"));
    assert!(
        page.contains(r#"value="zzz""#),
        "the search box keeps the text"
    );
}

async fn search_text_is_literal_and_escaped(app: TestApp) {
    let percent = app.insert_student("Per%cent", "Under_score", "percent@example.com", None);
    let quote = app.insert_student("Mary\"Jane", "O'Brien", "mj@example.com", None);
    app.insert_student("Plain", "Person", "plain@example.com", None);
    for (search, expected) in [
        ("r%c", vec![percent]),
        ("r_s", vec![percent]),
        // Wildcards are literal: "_" is not "any character", "%" not "anything".
        ("r_c", vec![]),
        ("p%t", vec![]),
        ("%", vec![]),
        ("y\"ja", vec![quote]),
        ("\"\"\"", vec![]),
        ("o'b", vec![quote]),
        ("' or '1'='1", vec![]),
        ("!!!", vec![]),
    ] {
        let query = percent_encode(search);
        let page = app.get_html(&format!("/?q={query}")).await;
        assert_eq!(row_ids(&page), expected, "search {search:?}");
    }
    // Control characters (NUL above all) are dropped, not sent to the database.
    let page = app.get_html("/?q=r%00%25c%0A").await;
    assert_eq!(row_ids(&page), vec![percent]);
    let page = app
        .get_html("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await;
    assert!(!page.contains("<script>alert"));
    assert!(page.contains("&#60;script&#62;alert(1)"));
}

fn percent_encode(text: &str) -> String {
    text.bytes().map(|byte| format!("%{byte:02X}")).collect()
}

async fn every_column_sorts_both_ways_with_ties_broken_by_id(app: TestApp) {
    let zoe = app.insert_student("Zoe", "Adams", "zoe@example.com", Some(30));
    let bob = app.insert_student("bob", "adams", "bob@example.com", None);
    let amy = app.insert_student("Amy", "Young", "amy@example.com", Some(19));
    let al1 = app.insert_student("Al", "Same", "al1@example.com", Some(19));
    let al2 = app.insert_student("Al", "Same", "al2@example.com", Some(19));
    for (query, expected) in [
        // Name: last name, then first name, ignoring case; ties by id.
        ("sort=name", vec![bob, zoe, al1, al2, amy]),
        ("sort=name&dir=desc", vec![amy, al2, al1, zoe, bob]),
        ("sort=email", vec![al1, al2, amy, bob, zoe]),
        ("sort=email&dir=desc", vec![zoe, bob, amy, al2, al1]),
        // Age: students without an age come after every age.
        ("sort=age", vec![amy, al1, al2, zoe, bob]),
        ("sort=age&dir=desc", vec![bob, zoe, al2, al1, amy]),
    ] {
        let page = app.get_html(&format!("/?{query}")).await;
        assert_eq!(row_ids(&page), expected, "{query}");
        // Two at a time, the same order: pages split ties without losing or repeating rows.
        let walked: Vec<i64> = walk(&app, &format!("/?{query}&per_page=2"), "next")
            .await
            .into_iter()
            .flat_map(|(ids, _)| ids)
            .collect();
        assert_eq!(walked, expected, "{query}, two per page");
    }
    let page = app.get_html("/?sort=age").await;
    assert!(page.contains(r#"class="age" aria-sort="ascending""#));
    assert!(page.contains(r#"<span class="sort-arrow" aria-hidden="true">▲</span>"#));
    // The other sortable columns show that they sort, without claiming an order.
    assert!(page.contains(r#"<th scope="col" class="name">"#));
    assert_eq!(
        page.matches(r#"<span class="sort-arrow idle" aria-hidden="true">↕</span>"#)
            .count(),
        3
    );
    assert_eq!(page.matches("aria-sort=").count(), 1);

    students::commands::seed::run(&app.pool, 40).expect("seed");
    let stored = app.stored_students().await;
    let joined = |ids: Vec<i64>| -> Vec<chrono::NaiveDateTime> {
        ids.iter()
            .map(|id| {
                stored
                    .iter()
                    .find(|s| s.id == *id)
                    .expect("shown student")
                    .created_at
            })
            .collect()
    };
    let newest_first = joined(row_ids(&app.get_html("/").await));
    assert!(
        newest_first.is_sorted_by(|a, b| a >= b),
        "joined, newest first"
    );
    let oldest_first = joined(row_ids(&app.get_html("/?sort=joined&dir=asc").await));
    assert!(oldest_first.is_sorted(), "joined, oldest first");
}

async fn the_age_filter_keeps_students_in_range(app: TestApp) {
    let young = app.insert_student("Young", "One", "young@example.com", Some(17));
    let twenty = app.insert_student("Twenty", "One", "twenty@example.com", Some(20));
    let mid = app.insert_student("Mid", "One", "mid@example.com", Some(22));
    app.insert_student("Old", "One", "old@example.com", Some(60));
    app.insert_student("Ageless", "One", "ageless@example.com", None);
    for (query, expected) in [
        ("age_min=20&age_max=22", vec![twenty, mid]),
        ("age_min=22&age_max=20", vec![twenty, mid]),
        ("age_max=20", vec![young, twenty]),
        ("age_min=61", vec![]),
        ("age_min=17&age_max=17&q=young", vec![young]),
    ] {
        let page = app.get_html(&format!("/?{query}&sort=age")).await;
        assert_eq!(row_ids(&page), expected, "{query}");
    }
    let page = app.get_html("/?age_min=61").await;
    assert!(page.contains("Nobody is in that age range."));
    assert!(page.contains(r#"value="61""#));
}

async fn links_keep_the_search_sort_and_page_size(app: TestApp) {
    students::commands::seed::run(&app.pool, 30).expect("seed");
    let page = app
        .get_html("/?q=example&sort=email&dir=desc&per_page=10&age_min=17")
        .await;
    let next = rel_link(&page, "next").expect("a next page");
    for kept in [
        "q=example",
        "sort=email",
        "dir=desc",
        "per_page=10",
        "age_min=17",
        "after=",
        "pos=11",
    ] {
        assert!(next.contains(kept), "{next} keeps {kept}");
    }
    // Sorting another column keeps the search but starts from the first page.
    let sort_by_name =
        r#"href="/?q=example&#38;age_min=17&#38;sort=name&#38;dir=asc&#38;per_page=10""#;
    assert!(page.contains(sort_by_name));
    // The search form carries the sort.
    assert!(page.contains(r#"<input type="hidden" name="sort" value="email">"#));
    assert!(page.contains(r#"<input type="hidden" name="dir" value="desc">"#));
    // The next page is what the link promises.
    let second = app.get_html(&next).await;
    assert!(
        range_line(&second).starts_with("11–20 of "),
        "{}",
        range_line(&second)
    );
}

async fn large_match_counts_are_capped(app: TestApp) {
    students::commands::seed::run(&app.pool, 5_050).expect("seed");
    // Everyone joined after 2000: a filter matching more than the cap.
    let page = app.get_html("/?joined_from=2000-01-01").await;
    assert_eq!(range_line(&page), "1–25 of 5,000+");
    let last = app.get_html("/?joined_from=2000-01-01&last=1").await;
    assert_eq!(range_line(&last), "25 shown of 5,000+");
    assert_eq!(row_ids(&last).len(), 25);
    // In another order the page walks that order's index, testing the filter on each
    // row: the same students as sorting every match.
    let by_name = app
        .get_html("/?joined_from=2000-01-01&sort=name&dir=asc&per_page=50")
        .await;
    assert_eq!(range_line(&by_name), "1–50 of 5,000+");
    let unfiltered = app.get_html("/?sort=name&dir=asc&per_page=50").await;
    assert_eq!(row_ids(&by_name), row_ids(&unfiltered));
    // Up to the cap a total is exact; without a filter it always is.
    let page = app.get_html("/?q=example.com").await;
    assert_eq!(range_line(&page), "1–3 of 3");
    assert_eq!(range_line(&app.get_html("/").await), "1–25 of 5,053");
    let response = app
        .get("/?joined_from=2000-01-01&per_page=200&last=1")
        .await;
    assert_eq!(response.status(), StatusCode::OK);
}

async fn a_capped_total_is_counted_exactly_on_request(app: TestApp) {
    students::commands::seed::run(&app.pool, 5_050).expect("seed");
    let page = app.get_html("/?joined_from=2000-01-01&sort=name").await;
    let link = r#"<a class="count-exactly" href="/?joined_from=2000-01-01&#38;sort=name&#38;dir=asc&#38;count=exact">Count exactly</a>"#;
    assert!(page.contains(link), "{page}");
    let exact = app
        .get_html("/?joined_from=2000-01-01&sort=name&dir=asc&count=exact")
        .await;
    let expected = app.stored_students().await.len();
    assert!(expected > 5_000);
    let range = range_line(&exact);
    let digits: String = range
        .rsplit(" of ")
        .next()
        .unwrap()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    assert_eq!(digits, expected.to_string(), "{range}");
    assert!(!exact.contains("Count exactly"));
    // A filter count that is exact already offers nothing.
    assert!(
        !app.get_html("/?q=example.com")
            .await
            .contains("Count exactly")
    );
}

async fn a_search_with_many_matches_pages_through_all_of_them(app: TestApp) {
    // More matches than a page, fewer than the cap (SQLite reads them from its index).
    let mut expected: Vec<i64> = (0..120)
        .map(|n| {
            let email = format!("q{n}@zoo.example");
            app.insert_student("Quokka", &format!("Walker{n:03}"), &email, None)
        })
        .collect();
    app.insert_student("Other", "Person", "other@example.com", None);
    let pages = walk(&app, "/?q=QUOKKA&sort=name&per_page=50", "next").await;
    let ranges: Vec<&str> = pages.iter().map(|(_, range)| range.as_str()).collect();
    assert_eq!(ranges, ["1–50 of 120", "51–100 of 120", "101–120 of 120"]);
    let mut seen: Vec<i64> = pages.into_iter().flat_map(|(ids, _)| ids).collect();
    seen.sort();
    expected.sort();
    assert_eq!(seen, expected);
}

async fn a_search_matching_more_than_the_list_holds_says_so(app: TestApp) {
    students::commands::seed::run(&app.pool, 260).expect("seed");
    let matching: Vec<i64> = app
        .stored_students()
        .await
        .iter()
        .filter(|student| student.email.contains("example.edu"))
        .map(|student| student.id)
        .collect();
    assert_eq!(matching.len(), 260);
    let start = "/?q=EXAMPLE.EDU&sort=name&dir=asc&per_page=100";
    let first = app.get_html(start).await;
    assert!(
        first
            .contains("More than 200 students match “EXAMPLE.EDU”, so the list holds 200 of them."),
        "{first}"
    );
    // "All 200 matching" would act on every match, not on the 200 shown: not offered.
    assert!(!first.contains(r#"name="all_matching""#));
    // The list pages through the 200 it holds, each once, all of them matches.
    let pages = walk(&app, start, "next").await;
    let ranges: Vec<&str> = pages.iter().map(|(_, range)| range.as_str()).collect();
    assert_eq!(ranges, ["1–100 of 200", "101–200 of 200"]);
    let mut seen: Vec<i64> = pages.into_iter().flat_map(|(ids, _)| ids).collect();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 200);
    assert!(seen.iter().all(|id| matching.contains(id)));
    // Filters narrow what it holds.
    let narrowed = app.get_html("/?q=example.edu&age_max=150").await;
    assert!(narrowed.contains("so the list holds 200 of them"));
    // A search the list holds whole says nothing, and offers every match.
    let few = app.get_html("/?q=example.com").await;
    assert!(!few.contains("so the list holds"));
    assert!(few.contains(r#"name="all_matching""#));
    // Scripts still get every match.
    let api: serde_json::Value = app
        .get("/api/students?q=example.edu&per_page=1")
        .await
        .json()
        .await
        .expect("JSON");
    assert_eq!(api["total"], 260, "{api}");
    assert_eq!(api["total_is_exact"], true, "{api}");
}
