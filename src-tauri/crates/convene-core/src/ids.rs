//! Record identifiers: UUIDv7 strings, so records made on several facilitators'
//! machines can be merged later without collisions, and sort by creation time.

pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
