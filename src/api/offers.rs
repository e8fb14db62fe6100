//! Vendor offers (`charte offer`): an offer checked against the procurement checklist and, when given, the buyer's
//! charter (ACH rules), then rendered with its summary table per requirement, or several offers with the
//! requirements × offers matrix.

pub use crate::offer::render::{render, reports, FORMATS};
pub use crate::offer::{check_offer, check_offers, OfferFiles, OfferRun, Row};
pub use crate::procurement::requirements::Status;
