/** @module The benchmark's server process: exactly src/node.ts, under a name that other tools' process matching will not hit. */
import '../src/node';
