//! Holds no code: the stories live in `tests/`.
