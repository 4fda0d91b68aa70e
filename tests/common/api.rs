//! Talking to the JSON API: requests with the admin's session or with a token, and the
//! assertions every API test makes on a JSON or problem+json answer.

use super::{TestApp, client_builder};
use reqwest::{Method, Response, StatusCode, header};
use serde_json::Value;
use students::db::{api_tokens, now};
use students::domain::Role;
use students::tokens;

/// A script's client: no cookies, every request with `Authorization: Bearer <token>`.
pub fn bearer_client(token: &str) -> reqwest::Client {
    let mut headers = header::HeaderMap::new();
    let value = header::HeaderValue::from_str(&format!("Bearer {token}")).expect("a token");
    headers.insert(header::AUTHORIZATION, value);
    client_builder()
        .cookie_store(false)
        .default_headers(headers)
        .build()
        .expect("HTTP client")
}

impl TestApp {
    /// A script's client with a personal API token of a new account of `role`.
    pub async fn token_client_as(&self, role: Role) -> reqwest::Client {
        bearer_client(&self.api_token_as(role))
    }

    /// A personal API token of a new account of `role`, stored straight in the database.
    pub fn api_token_as(&self, role: Role) -> String {
        let email = format!(
            "{role}-script-{}@example.com",
            hex::encode(rand::random::<[u8; 4]>())
        );
        let account = self.add_account(&email, role);
        let issued = tokens::issue(tokens::API_TOKEN_PREFIX);
        let mut conn = self.pool.get().expect("connection");
        api_tokens::create(&mut conn, account, "test script", &issued, now()).expect("a token");
        issued.plain
    }
}

pub async fn send(app: &TestApp, method: Method, path: &str, body: Option<Value>) -> Response {
    let mut request = app.client.request(method, app.url(path));
    if let Some(body) = body {
        request = request.json(&body);
    }
    request.send().await.expect("API request")
}

/// Asserts the status and the content type, returns the JSON body.
pub async fn json_with(response: Response, status: StatusCode, content_type: &str) -> Value {
    let actual = response.status();
    let kind = response.headers()[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .to_owned();
    let body: Value = response.json().await.expect("a JSON body");
    assert_eq!(actual, status, "body: {body}");
    assert_eq!(kind, content_type, "body: {body}");
    body
}

/// Asserts a JSON answer with `status`; returns the body.
pub async fn ok_json(response: Response, status: StatusCode) -> Value {
    json_with(response, status, "application/json").await
}

/// Asserts a problem document (RFC 9457) with `status`; returns it.
pub async fn problem(response: Response, status: StatusCode) -> Value {
    let body = json_with(response, status, "application/problem+json").await;
    assert_eq!(body["status"], status.as_u16());
    assert_eq!(body["type"], "about:blank");
    assert!(
        body["title"].is_string() && body["detail"].is_string(),
        "{body}"
    );
    body
}

/// A request with the admin's session: its status and JSON body (`Null` if none).
pub async fn call(
    app: &TestApp,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut request = app.client.request(method, app.url(path));
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}
