//! Decoding `application/x-www-form-urlencoded` text: form bodies and query strings.
//!
//! Layer: foundations. Imports nothing of the crate.

/// The text was not UTF-8 once percent-decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidUtf8;

/// Splits urlencoded text into name/value pairs, refusing what is not UTF-8 once decoded
/// (the usual decoders replace such bytes silently, which would store garbage).
pub fn decode(body: &[u8]) -> Result<Vec<(String, String)>, InvalidUtf8> {
    let decode = |part: &[u8]| -> Result<String, InvalidUtf8> {
        let spaced: Vec<u8> = part
            .iter()
            .map(|&byte| if byte == b'+' { b' ' } else { byte })
            .collect();
        percent_encoding::percent_decode(&spaced)
            .decode_utf8()
            .map(|text| text.into_owned())
            .map_err(|_| InvalidUtf8)
    };
    body.split(|&byte| byte == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = match pair.iter().position(|&byte| byte == b'=') {
                Some(at) => (&pair[..at], &pair[at + 1..]),
                None => (pair, &[][..]),
            };
            Ok((decode(name)?, decode(value)?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_plus_percent_and_bare_names() {
        let fields = decode(b"a=1+2&b=%C3%A9t%C3%A9&c&&d=").unwrap();
        let expected = [("a", "1 2"), ("b", "été"), ("c", ""), ("d", "")];
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        assert_eq!(fields, expected);
    }

    #[test]
    fn refuses_invalid_utf8_raw_or_encoded() {
        assert!(decode(b"a=%FF").is_err());
        assert!(decode(b"a=\xff").is_err());
        assert!(decode(b"%C3=x").is_err());
    }
}
