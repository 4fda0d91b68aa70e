//! The dashboard in English, in German in the dark and in Arabic (right to left), a bar
//! clicked through to the list it counts, and the print views — a course's class list
//! printed by Chromium to a PDF (and that rendered to an image for the README) and the
//! student list and a student's page as print media: axe-core and the Nu checker on each.
//!
//! Routes: `/dashboard/`, `/?course=`, `/courses/{id}/`, `/{id}/`.

use crate::audits::assert_valid_html;
use crate::driver::{Browser, screenshots_folder};
use crate::helpers::*;
use crate::languages::{SESSIONS, switch};
use fantoccini::wd::PrintConfiguration;

#[tokio::test]
async fn the_dashboard_in_three_languages_a_click_through_and_the_printed_class_list() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    browser.log_in(&app).await;
    students::commands::seed::run(&app.pool, 40).expect("seed students");
    // The seed's courses; everyone joins BIO-101 (those the seed enrolled already are
    // refused, as they should be) and every third student CHE-101.
    let bio = course_id(&app, "BIO-101");
    let chem = course_id(&app, "CHE-101");
    let people = app.stored_students().await;
    for (index, student) in people.iter().enumerate() {
        let grade = ["A", "B", "C", ""][index % 4];
        enroll(&app, student.id, bio, grade).await;
        if index % 3 == 0 {
            enroll(&app, student.id, chem, "Audit").await;
        }
    }
    let mut pages: Vec<(String, String)> = Vec::new();

    // Logging in lands here; each chart is drawn, named and tabled.
    browser.goto(&app.url("/dashboard/")).await;
    browser
        .wait_for_text("/dashboard/", "Students per course")
        .await;
    crate::audit_at_both_widths(&browser, "40-dashboard", "dashboard").await;
    pages.push(("dashboard".into(), app.get_html("/dashboard/").await));

    // A bar leads to its students.
    browser
        .click(&format!(r#"svg a[href="/?course={chem}"]"#))
        .await;
    browser.wait_for_text("/", "Students in CHE-101").await;
    assert_eq!(
        browser.client.current_url().await.expect("url").query(),
        Some(format!("course={chem}").as_str())
    );

    // In German, dark, and in Arabic, right to left.
    for words in [&SESSIONS[0], &SESSIONS[2]] {
        let mut chosen = *words;
        chosen.theme = if words.language == "de" { "dark" } else { "" };
        switch(&browser, &chosen).await;
        browser.goto(&app.url("/dashboard/")).await;
        let name = format!("40-dashboard-{}", chosen.language);
        browser
            .wait_for_text(
                "/dashboard/",
                if chosen.language == "de" {
                    "Schüler pro Kurs"
                } else {
                    "الطلاب في كل مقرر"
                },
            )
            .await;
        crate::audit_at_both_widths(&browser, &name, &name).await;
        pages.push((name, app.get_html("/dashboard/").await));
    }
    let english = Words {
        theme: "",
        ..SESSIONS[3]
    };
    switch(&browser, &english).await;

    // The print views: Chromium's own print to PDF of a course's class list, the list and a
    // student's page; the PDF's text has the records and the dated header, and none of the
    // navigation, the switcher or the buttons. The class list's first page as an image.
    let folder = screenshots_folder();
    std::fs::create_dir_all(&folder).expect("screenshot folder");
    for (name, path, expected) in [
        (
            "class-list",
            format!("/courses/{bio}/"),
            people[1].email.clone(),
        ),
        ("list", "/".to_owned(), "Students".to_owned()),
        (
            "detail",
            format!("/{}/", people[0].id),
            people[0].email.clone(),
        ),
    ] {
        browser.goto(&app.url(&path)).await;
        crate::audits::assert_accessible(&browser, &format!("{name}, printed")).await;
        let pdf = browser
            .client
            .print(
                PrintConfiguration::builder()
                    .build()
                    .expect("a print configuration"),
            )
            .await
            .expect("print to PDF");
        assert!(pdf.starts_with(b"%PDF"), "{name}: a PDF");
        let file = folder.join(format!("41-print-{name}.pdf"));
        std::fs::write(&file, &pdf).expect("write the PDF");
        let Ok(text) = std::process::Command::new("pdftotext")
            .arg(&file)
            .arg("-")
            .output()
        else {
            crate::driver::skip_because("pdftotext is missing: install poppler-utils");
            continue;
        };
        let text = String::from_utf8_lossy(&text.stdout).into_owned();
        assert!(
            text.contains(&expected),
            "{name}: the records are printed:\n{text}"
        );
        assert!(
            text.contains("Students · printed"),
            "{name}: the dated header:\n{text}"
        );
        for gone in ["Log out", "Theme", "Apply", "Edit", "Export CSV"] {
            assert!(
                !text.contains(gone),
                "{name}: {gone:?} is not printed:\n{text}"
            );
        }
        let image = folder.join(format!("41-print-{name}"));
        let rendered = std::process::Command::new("pdftoppm")
            .args(["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile"])
            .arg(&file)
            .arg(&image)
            .status()
            .expect("run pdftoppm");
        assert!(rendered.success(), "{name}: rendered");
        pages.push((format!("print-{name}"), app.get_html(&path).await));
    }
    let pages: Vec<(&str, String)> = pages.iter().map(|(n, h)| (n.as_str(), h.clone())).collect();
    assert_valid_html(&pages);

    // The class list as CSV.
    let csv = app.get(&format!("/courses/{bio}/students.csv")).await;
    let disposition = csv.headers()["content-disposition"]
        .to_str()
        .expect("ASCII")
        .to_owned();
    assert!(disposition.contains("class-list-"), "{disposition}");
    let body = csv.text().await.expect("CSV");
    assert_eq!(
        body.lines().count(),
        1 + people.len(),
        "a header and a row per student"
    );
    assert!(
        body.lines().skip(1).all(|line| line.contains("BIO-101")),
        "only that course"
    );
}

use crate::languages::Words;
