// Unit tests run in Node; storage tests get an in-memory IndexedDB.
import 'fake-indexeddb/auto';
