// Express 4, installed as `express4` beside Express 5 for the body-parser tests; typed as
// Express 5 (the parts the tests use, mounting body parsers, are the same).
declare module 'express4' {
  import express from 'express';
  export default express;
}
