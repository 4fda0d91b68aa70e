//! Speaking the school's language: which language a page is in (the account's choice, a
//! visitor's choice in the session, the browser's `Accept-Language` with its weights,
//! English), right to left for Arabic, dates and numbers per language in the reader's time
//! zone (across a daylight-saving change), and the API and CSV files staying English and
//! UTC whatever the page language.
//!
//! Routes: `/preferences/`, `/login/`, `/`, `/{id}/`, `/account/`, `/api/students/`,
//! `/export.csv`.

use crate::helpers::*;
use chrono::NaiveDate;
use diesel::prelude::*;
use reqwest::{StatusCode, header};

crate::on_every_backend!(
    the_browser_language_is_used_by_its_weights_else_english,
    a_visitor_choice_beats_the_browser_and_an_account_choice_follows_the_account,
    a_choice_the_switcher_does_not_offer_is_refused,
    dates_are_written_per_language_in_the_readers_time_zone,
    forms_keep_their_guarantees_in_every_language,
    the_api_and_csv_stay_english_and_utc,
);

/// The `<html>` element's opening tag of `page`.
fn html_tag(page: &str) -> &str {
    let start = page.find("<html").expect("an html element");
    &page[start..start + page[start..].find('>').expect("its end") + 1]
}

/// `path` as `browser` gets it with `accept` as its `Accept-Language` (a 200 expected).
async fn page_in(
    app: &TestApp,
    browser: &reqwest::Client,
    path: &str,
    accept: Option<&str>,
) -> String {
    let mut request = browser.get(app.url(path));
    if let Some(accept) = accept {
        request = request.header(header::ACCEPT_LANGUAGE, accept);
    }
    let response = request.send().await.expect("GET");
    assert_eq!(response.status(), StatusCode::OK, "GET {path}");
    response.text().await.expect("body")
}

async fn login_page(app: &TestApp, browser: &reqwest::Client, accept: Option<&str>) -> String {
    page_in(app, browser, "/login/", accept).await
}

async fn the_browser_language_is_used_by_its_weights_else_english(app: TestApp) {
    for (accept, lang, dir, title) in [
        (Some("de-AT,de;q=0.9"), "de", "ltr", "Anmelden"),
        (
            Some("fr-CH, es;q=0.8, en;q=0.5"),
            "es",
            "ltr",
            "Iniciar sesión",
        ),
        (Some("en;q=0.3, ar-EG;q=0.9"), "ar", "rtl", "تسجيل الدخول"),
        // Weights, not order: the one with the highest q wins.
        (Some("es;q=0.2, de;q=0.7"), "de", "ltr", "Anmelden"),
        // q=0 means "not this one"; a language we do not have is passed over.
        (Some("de;q=0, fr"), "en", "ltr", "Log in"),
        (Some("*"), "en", "ltr", "Log in"),
        (Some("q=;;,"), "en", "ltr", "Log in"),
        (None, "en", "ltr", "Log in"),
    ] {
        let page = login_page(&app, &client(), accept).await;
        assert_eq!(
            html_tag(&page),
            format!(r#"<html lang="{lang}" dir="{dir}">"#),
            "{accept:?}"
        );
        assert!(page.contains(&format!("<h1>{title}</h1>")), "{accept:?}");
    }
}

/// Posts the switcher's form from `browser`, as the footer of `back` would.
async fn switch(
    app: &TestApp,
    browser: &reqwest::Client,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    // The login page has the token before a login, any page after it.
    let logged_in = app.status_as(browser, "/login/").await == StatusCode::SEE_OTHER;
    let page = if logged_in { "/about/" } else { "/login/" };
    let token = app.csrf_token_of(browser, page).await;
    let mut form = fields.to_vec();
    form.push(("csrf_token", &token));
    browser
        .post(app.url("/preferences/"))
        .form(&form)
        .send()
        .await
        .expect("POST /preferences/")
}

fn stored_preferences(
    app: &TestApp,
    email: &str,
) -> (Option<String>, Option<String>, Option<String>) {
    use students::schema::accounts;
    let mut conn = app.pool.get().expect("connection");
    accounts::table
        .filter(accounts::email.eq(email))
        .select((accounts::language, accounts::time_zone, accounts::theme))
        .first(&mut **conn)
        .expect("the account")
}

async fn a_visitor_choice_beats_the_browser_and_an_account_choice_follows_the_account(
    app: TestApp,
) {
    // Not logged in: the choice lives in the session cookie, and beats Accept-Language.
    let visitor = client();
    let switched = switch(
        &app,
        &visitor,
        &[
            ("language", "es"),
            ("theme", "dark"),
            ("back", "/login/?next=%2Fcourses%2F"),
        ],
    )
    .await;
    assert_eq!(switched.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&switched), "/login/?next=%2Fcourses%2F");
    let page = login_page(&app, &visitor, Some("de")).await;
    assert!(
        html_tag(&page).starts_with(r#"<html lang="es" dir="ltr" data-theme="dark">"#),
        "{}",
        html_tag(&page)
    );
    assert!(page.contains(r#"<option value="es" lang="es" selected>Español</option>"#));

    // Logged in: stored with the account, so a new browser of the same account has it.
    let email = "ana@example.com";
    app.add_account(email, Role::Editor);
    let first = client();
    app.log_in(&first, email, PASSWORD).await;
    let switched = switch(&app, &first, &[("language", "ar"), ("back", "/courses/")]).await;
    assert_eq!(location(&switched), "/courses/");
    assert_eq!(
        stored_preferences(&app, email),
        (Some("ar".into()), None, None)
    );
    let second = client();
    app.log_in(&second, email, PASSWORD).await;
    let page = page_in(&app, &second, "/courses/", Some("de")).await;
    assert_eq!(html_tag(&page), r#"<html lang="ar" dir="rtl">"#);
    assert!(page.contains("<h1>المقررات</h1>"), "{page}");

    // Back to the browser's language.
    switch(&app, &second, &[("language", ""), ("back", "/")]).await;
    assert_eq!(stored_preferences(&app, email), (None, None, None));
    let page = page_in(&app, &second, "/", Some("de")).await;
    assert_eq!(html_tag(&page), r#"<html lang="de" dir="ltr">"#);

    // Logging out keeps the account's language for the login page that follows.
    switch(&app, &second, &[("language", "de")]).await;
    let token = app.csrf_token_of(&second, "/about/").await;
    let out = second
        .post(app.url("/logout/"))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .expect("POST /logout/");
    assert_eq!(location(&out), "/login/");
    let page = login_page(&app, &second, Some("es")).await;
    assert!(page.contains("Sie haben sich abgemeldet."), "{page}");
}

async fn a_choice_the_switcher_does_not_offer_is_refused(app: TestApp) {
    let visitor = client();
    let refused = switch(&app, &visitor, &[("language", "xx"), ("back", "/login/")]).await;
    assert_eq!(location(&refused), "/login/");
    let page = login_page(&app, &visitor, None).await;
    assert!(
        notices(&page).contains("Choose one of the languages offered."),
        "{page}"
    );
    let email = "zoe@example.com";
    app.add_account(email, Role::Viewer);
    let browser = client();
    app.log_in(&browser, email, PASSWORD).await;
    let refused = switch(
        &app,
        &browser,
        &[("time_zone", "Mars/Olympus_Mons"), ("back", "/account/")],
    )
    .await;
    assert_eq!(location(&refused), "/account/");
    assert_eq!(
        stored_preferences(&app, email),
        (None, None, None),
        "nothing stored"
    );
    // A return target off this site goes to the list instead.
    for hostile in [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "",
    ] {
        let response = switch(&app, &browser, &[("theme", "light"), ("back", hostile)]).await;
        assert_eq!(location(&response), "/", "{hostile:?}");
    }
    // Without a session's CSRF token, nothing changes.
    let forged = client()
        .post(app.url("/preferences/"))
        .form(&[("language", "de"), ("back", "/")])
        .send()
        .await
        .expect("POST");
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
}

/// Sets when student `id` was created (its "joined") and when its first change happened.
fn set_moments(app: &TestApp, id: i64, joined: chrono::NaiveDateTime) {
    use ::students::schema::{student_changes, students as rows};
    let mut conn = app.pool.get().expect("connection");
    diesel::update(rows::table.find(id))
        .set((rows::created_at.eq(joined), rows::updated_at.eq(joined)))
        .execute(&mut **conn)
        .expect("set joined");
    diesel::update(student_changes::table.filter(student_changes::student_id.eq(id)))
        .set(student_changes::changed_at.eq(joined))
        .execute(&mut **conn)
        .expect("set the change");
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|day| day.and_hms_opt(h, min, 0))
        .expect("a moment")
}

async fn dates_are_written_per_language_in_the_readers_time_zone(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let page = format!("/{}/", ada.id);
    let email = "tz@example.com";
    app.add_account(email, Role::Viewer);
    let browser = client();
    app.log_in(&browser, email, PASSWORD).await;

    // New Year's Eve, 23:30 UTC: still 2026 in London, already 2027 in Vienna and Cairo.
    set_moments(&app, ada.id, at(2026, 12, 31, 23, 30));
    for (language, zone, expected) in [
        ("en", "UTC", "December 31, 2026"),
        ("en", "Europe/Vienna", "January 1, 2027"),
        ("de", "Europe/Vienna", "1. Januar 2027"),
        ("es", "Europe/Madrid", "1 de enero de 2027"),
        ("ar", "Africa/Cairo", "١ يناير ٢٠٢٧"),
    ] {
        switch(
            &app,
            &browser,
            &[("language", language), ("time_zone", zone)],
        )
        .await;
        let shown = app.page_as(&browser, &page).await;
        assert!(
            shown.contains(&format!(
                r#"<time datetime="2026-12-31T23:30:00Z">{expected}</time>"#
            )),
            "{language} {zone}: {shown}"
        );
    }

    // Summer time in Vienna ends at 01:00 UTC on October 25, 2026: 00:30 and 01:30 UTC
    // are both 02:30 there, once CEST and once CET.
    switch(
        &app,
        &browser,
        &[("language", "de"), ("time_zone", "Europe/Vienna")],
    )
    .await;
    for (utc, local) in [
        (at(2026, 10, 25, 0, 30), "25. Oktober 2026 um 02:30 CEST"),
        (at(2026, 10, 25, 1, 30), "25. Oktober 2026 um 02:30 CET"),
    ] {
        set_moments(&app, ada.id, utc);
        let shown = app.page_as(&browser, &page).await;
        assert!(shown.contains(local), "{utc}: {shown}");
    }

    // "Joined between" means the reader's days: 23:30 UTC on November 30 is December 1 in
    // Vienna, not in London.
    set_moments(&app, ada.id, at(2026, 11, 30, 23, 30));
    let december_first = "/?joined_from=2026-12-01&joined_to=2026-12-01";
    assert_eq!(
        row_ids(&app.page_as(&browser, december_first).await),
        [ada.id]
    );
    switch(&app, &browser, &[("time_zone", "Europe/London")]).await;
    assert!(row_ids(&app.page_as(&browser, december_first).await).is_empty());
    let november = "/?joined_from=2026-11-30&joined_to=2026-11-30";
    assert_eq!(row_ids(&app.page_as(&browser, november).await), [ada.id]);

    // Numbers by the language's rules, in the list's range line.
    for n in 0..12 {
        app.insert_student(
            "Many",
            &format!("Student{n}"),
            &format!("m{n}@example.com"),
            None,
        );
    }
    switch(&app, &browser, &[("language", "ar")]).await;
    let list = app.page_as(&browser, "/?per_page=10").await;
    assert!(list.contains("١–١٠ من ١٣"), "{list}");
    switch(&app, &browser, &[("language", "de")]).await;
    let list = app.page_as(&browser, "/").await;
    assert!(list.contains("1–13 von 13"), "{list}");
}

async fn forms_keep_their_guarantees_in_every_language(app: TestApp) {
    let email = "forms@example.com";
    app.add_account(email, Role::Editor);
    let browser = client();
    app.log_in(&browser, email, PASSWORD).await;
    for (language, summary, message) in [
        (
            "de",
            "3 Felder sind fehlerhaft",
            "Vorname ist ein Pflichtfeld.",
        ),
        ("es", "Hay problemas en 3 campos", "Nombre es obligatorio."),
        ("ar", "توجد مشكلات في ٣ حقول", "حقل الاسم الأول مطلوب."),
    ] {
        switch(&app, &browser, &[("language", language)]).await;
        let sent = app
            .post_form_as(
                &browser,
                "/create/",
                &[
                    ("firstname", " "),
                    ("lastname", "Lovelace"),
                    ("email", "not-an-email"),
                    ("age", "abc"),
                    ("bio", ""),
                ],
            )
            .await;
        assert_eq!(
            sent.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{language}"
        );
        let page = sent.text().await.expect("body");
        assert!(
            page.contains(&format!("<h2>{summary}</h2>")) || page.contains(summary),
            "{language}: {page}"
        );
        assert!(
            page.contains(&format!(r##"<li><a href="#firstname">{message}</a></li>"##)),
            "{language}: {page}"
        );
        assert!(
            page.contains(&format!(
                r#"<p class="field-error" id="firstname-error">{message}</p>"#
            )),
            "{language}"
        );
        assert!(
            page.contains(r#"value="Lovelace""#),
            "{language}: the values are kept"
        );
        assert!(page.contains(r#"value="not-an-email""#), "{language}");
    }
    assert!(app.stored_students().await.is_empty(), "nothing written");
}

async fn the_api_and_csv_stay_english_and_utc(app: TestApp) {
    app.given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    switch(
        &app,
        &app.client,
        &[("language", "de"), ("time_zone", "Asia/Tokyo")],
    )
    .await;
    assert!(app.get_html("/").await.contains(r#"<html lang="de""#));
    let response = app
        .client
        .post(app.url("/api/students"))
        .header(header::ACCEPT_LANGUAGE, "de")
        .json(&serde_json::json!({"firstname": "", "lastname": "X", "email": "x@example.com"}))
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: serde_json::Value = response.json().await.expect("a problem");
    assert_eq!(problem["title"], "Unprocessable Entity");
    assert_eq!(problem["code"], "invalid");
    assert_eq!(problem["errors"]["firstname"], "First name is required.");
    let listed: serde_json::Value = app
        .client
        .get(app.url("/api/students"))
        .send()
        .await
        .expect("GET")
        .json()
        .await
        .expect("JSON");
    let created = listed["students"][0]["created_at"]
        .as_str()
        .expect("a time")
        .to_owned();
    assert!(created.ends_with('Z'), "{created}");
    let csv = app.get("/export.csv").await.text().await.expect("CSV");
    assert!(
        csv.starts_with("id,firstname,lastname,email,age,bio,joined,enrollments"),
        "{csv}"
    );
    assert!(csv.contains(&created[..10]), "joined in UTC: {csv}");
}
