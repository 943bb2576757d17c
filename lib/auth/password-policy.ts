/** Password length rules, apart from hashing so that forms and validation can import them anywhere. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
