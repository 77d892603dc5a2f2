import { browserDataTransferStore } from './browserDataTransferStore';
import { DataTransferPage } from './DataTransferPage';

/** The data page with its browser-wired store (what the app shell loads for /gegevens). */
export function DataTransferView() {
  return <DataTransferPage store={browserDataTransferStore()} />;
}
