//! The school's own fields in the browser: an admin adds one on the Fields page, a bad
//! definition comes back with its error at the input, and the Fields page, its form, the
//! deletion's confirmation, and a student's form, page and list with a field of every
//! kind pass axe-core (at 1 280 and 375 px) and the Nu checker, in English and in Arabic.
//!
//! Routes: `/fields/`, `/fields/create/`, `/fields/{id}/edit/`, `/fields/{id}/delete/`,
//! `/create/`, `/{id}/`, `/`.

use crate::audit_at_both_widths;
use crate::audits::assert_valid_html;
use crate::driver::Browser;
use crate::helpers::*;
use crate::languages::{SESSIONS, switch};

/// One field of each kind besides the one added through the page.
const OTHER_FIELDS: [&[(&str, &str)]; 6] = [
    &[
        ("label_en", "Student number"),
        ("label_ar", "رقم الطالب"),
        ("kind", "short_text"),
        ("unique", "on"),
        ("in_list", "on"),
        ("help_en", "As on the student card."),
    ],
    &[("label_en", "Medical note"), ("kind", "long_text")],
    &[
        ("label_en", "Locker"),
        ("kind", "whole_number"),
        ("min", "1"),
    ],
    &[
        ("label_en", "Date of birth"),
        ("label_ar", "تاريخ الميلاد"),
        ("kind", "date"),
    ],
    &[
        ("label_en", "Class"),
        ("label_ar", "الصف"),
        ("kind", "choice"),
        ("required", "on"),
        ("in_list", "on"),
        ("choices", "6A\n6B"),
    ],
    &[
        ("label_en", "Languages"),
        ("kind", "choices"),
        ("choices", "French\nGerman"),
    ],
];

/// Chooses `kind` in the Fields form's select.
async fn choose_kind(browser: &Browser, kind: &str) {
    browser
        .client
        .execute(
            r#"document.getElementById("kind").value = arguments[0];"#,
            vec![kind.into()],
        )
        .await
        .expect("choose a kind");
}

#[tokio::test]
async fn the_fields_page_and_a_form_with_every_kind_in_english_and_arabic() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    browser.log_in(&app).await;

    // Added through the page, as an admin would: first without a label.
    browser.goto(&app.url("/fields/")).await;
    browser.click_link("Add a field").await;
    browser
        .wait_for_text("/fields/create/", "Add a field")
        .await;
    choose_kind(&browser, "yes_no").await;
    browser.click("main button[type=submit]").await;
    browser
        .wait_for_text(
            "/fields/create/",
            "Give the field a label in at least one language.",
        )
        .await;
    assert_eq!(
        browser.value_of("kind").await,
        "yes_no",
        "the kind chosen stays"
    );
    audit_at_both_widths(
        &browser,
        "16-field-form-with-errors",
        "field form with errors",
    )
    .await;
    browser.fill("label_en", "Photo consent").await;
    browser.click("main button[type=submit]").await;
    browser
        .wait_for_text("/fields/", "Added the field Photo consent.")
        .await;
    for form in OTHER_FIELDS {
        let response = app.post_form("/fields/create/", form).await;
        assert_eq!(
            response.status(),
            reqwest::StatusCode::SEE_OTHER,
            "{form:?}"
        );
    }
    let values = [
        ("photo_consent", "yes"),
        ("student_number", "S-1042"),
        ("medical_note", "Asthma: inhaler in the bag."),
        ("locker", "12"),
        ("date_of_birth", "2011-04-02"),
        ("class", "6b"),
        ("languages", "french"),
    ];
    let form = [
        student_form("Ada", "Lovelace", "ada@example.com"),
        values.to_vec(),
    ]
    .concat();
    let response = app.post_form("/create/", &form).await;
    assert_eq!(response.status(), reqwest::StatusCode::SEE_OTHER);
    let id = app.stored_students().await[0].id;
    let field = {
        let page = app.get_html("/fields/").await;
        let at = page.find("/edit/").expect("an edit link");
        let start = page[..at].rfind("/fields/").expect("its path") + "/fields/".len();
        page[start..at].to_owned()
    };

    let mut pages: Vec<(String, String)> = Vec::new();
    let english = SESSIONS[3];
    let arabic = SESSIONS[2];
    for words in [english, arabic] {
        browser.goto(&app.url("/")).await;
        switch(&browser, &words).await;
        let screens = [
            ("16-fields", "/fields/".to_owned()),
            ("16-field-form", "/fields/create/".to_owned()),
            ("16-field-edit", format!("/fields/{field}/edit/")),
            ("16-field-delete", format!("/fields/{field}/delete/")),
            ("17-student-form-every-kind", "/create/".to_owned()),
            ("17-student-every-kind", format!("/{id}/")),
            ("17-index-every-kind", "/?f.class=6b".to_owned()),
        ];
        for (name, path) in screens {
            let name = format!("{name}-{}", words.language);
            browser.goto(&app.url(&path)).await;
            audit_at_both_widths(&browser, &name, &name).await;
            // The same admin's pages over HTTP: the language chosen is the account's.
            pages.push((name, app.get_html(&path).await));
        }
        if words.language == "ar" {
            let page = app.get_html("/create/").await;
            assert!(
                page.contains("الصف") && page.contains("dir=\"rtl\""),
                "in Arabic"
            );
        }
    }
    let pages: Vec<(&str, String)> = pages
        .iter()
        .map(|(name, html)| (name.as_str(), html.clone()))
        .collect();
    assert_valid_html(&pages);
}
