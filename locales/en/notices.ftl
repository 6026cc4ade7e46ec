# lakip: notices messages (en). Keys are the same in id and en; tests/i18n.rs checks it.
