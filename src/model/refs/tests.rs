//! Tests of the reference map.
