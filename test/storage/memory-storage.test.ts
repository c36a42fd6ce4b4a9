import { createMemoryStorage } from '../../src/storage';
import { describeStorageContract } from './storage-contract';

describeStorageContract('memory', () => createMemoryStorage());
