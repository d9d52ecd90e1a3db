//! Reading timestamps written either as strings (what the program writes) or as bare TOML
//! date-times (what a person editing a profile by hand is likely to type).

use jiff::Timestamp;
use serde::{Deserialize, Deserializer};

#[derive(Deserialize)]
#[serde(untagged)]
enum Written {
    Text(String),
    Toml(toml::value::Datetime),
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
    let text = match Written::deserialize(deserializer)? {
        Written::Text(text) => text,
        Written::Toml(datetime) => datetime.to_string(),
    };
    text.parse::<Timestamp>().map_err(|e| {
        serde::de::Error::custom(crate::tr!(
            "profile-bad-time",
            text = text.as_str(),
            cause = e.to_string()
        ))
    })
}

/// The same, for a time that may be absent.
pub fn deserialize_option<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Timestamp>, D::Error> {
    deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize)]
    struct T {
        #[serde(deserialize_with = "super::deserialize")]
        at: jiff::Timestamp,
    }

    #[test]
    fn strings_and_bare_datetimes_are_read() {
        let a: T = toml::from_str("at = \"2024-01-02T03:04:05Z\"").unwrap();
        let b: T = toml::from_str("at = 2024-01-02T03:04:05Z").unwrap();
        let c: T = toml::from_str("at = 2024-01-02T04:04:05+01:00").unwrap();
        assert_eq!(a.at, b.at);
        assert_eq!(a.at, c.at);
        let err = toml::from_str::<T>("at = 2024-01-02T03:04:05")
            .err()
            .unwrap();
        assert!(err.to_string().contains("UTC offset"), "{err}");
        assert!(toml::from_str::<T>("at = \"yesterday\"").is_err());
    }
}
