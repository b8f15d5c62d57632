//! RFC 3339 checks for `format: date-time` and `format: date` examples.
//!
//! Strict grammar (section 5.6): `2025-08-31T19:41:41.000Z`,
//! `2025-08-31T21:41:41+02:00`; `T`/`Z` may be lower case. Anything accepted
//! here is also accepted by chrono, which the generated client decodes with.

/// `full-date "T" full-time`.
pub fn is_date_time(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.len() < 20 || !matches!(bytes[10], b'T' | b't') {
        return false;
    }
    date_bytes(&bytes[..10]) && time_bytes(&bytes[11..])
}

/// `YYYY-MM-DD` with a real month and day.
pub fn is_full_date(s: &str) -> bool {
    date_bytes(s.as_bytes())
}

fn date_bytes(b: &[u8]) -> bool {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (digits(&b[0..4]), digits(&b[5..7]), digits(&b[8..10])) else {
        return false;
    };
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

/// `HH:MM:SS[.frac](Z|±HH:MM)`.
fn time_bytes(b: &[u8]) -> bool {
    if b.len() < 9 || b[2] != b':' || b[5] != b':' {
        return false;
    }
    let (Some(hour), Some(minute), Some(second)) = (digits(&b[0..2]), digits(&b[3..5]), digits(&b[6..8])) else {
        return false;
    };
    if hour > 23 || minute > 59 || second > 60 {
        return false;
    }
    let mut rest = &b[8..];
    if let Some(frac) = rest.strip_prefix(b".") {
        let n = frac.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return false;
        }
        rest = &frac[n..];
    }
    match rest {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => {
            matches!((digits(&[*h1, *h2]), digits(&[*m1, *m2])), (Some(h), Some(m)) if h <= 23 && m <= 59)
        }
        _ => false,
    }
}

/// The decimal value of an all-digit slice.
fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0, |acc, d| acc * 10 + u32::from(d - b'0')))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_rfc3339_date_times() {
        for s in [
            "2025-08-31T19:41:41.000Z",
            "2025-08-31T19:41:41Z",
            "2025-08-31t19:41:41z",
            "2025-08-31T21:41:41+02:00",
            "2024-02-29T00:00:00.123456789-05:30",
            "2016-12-31T23:59:60Z",
        ] {
            assert!(is_date_time(s), "{s}");
        }
    }

    #[test]
    fn rejects_other_date_times() {
        for s in [
            "",
            "2025-08-31",
            "2025-08-31 19:41:41Z",
            "2025-08-31T19:41:41",
            "2025-08-31T19:41Z",
            "2025-08-31T24:00:00Z",
            "2025-08-31T19:41:41.Z",
            "2025-08-31T19:41:41+0200",
            "2025-02-29T00:00:00Z",
            "2025-13-01T00:00:00Z",
            "2025-04-31T00:00:00Z",
            "1725489123456",
            "2025-08-31T19:41:41ZZ",
            "２025-08-31T19:41:41Z",
        ] {
            assert!(!is_date_time(s), "{s}");
        }
    }

    #[test]
    fn full_dates() {
        assert!(is_full_date("2000-02-29"));
        assert!(!is_full_date("1900-02-29"));
        assert!(!is_full_date("2025-00-10"));
        assert!(!is_full_date("2025-1-10"));
    }
}
