// The modules' exports are the user's contract: listed here, so adding or dropping a name is a
// decision someone makes on purpose (and writes into CHANGELOG.md).
import * as assert from "node:assert/strict";
import * as path from "node:path";
import * as ts from "typescript";
import { REPO_ROOT } from "../../tools/engine";

const CONTRACT: Record<string, string[]> = {
  "dist/index.d.ts": [
    "GetPairingsArgs",
    "LookupPairingArgs",
    "PairingInfo",
    "PairingNotFoundError",
    "VrPairingState",
    "VrmsConnectionArgs",
    "getPairings",
    "lookupPairing",
    "ConnectionStatus",
    "LastTask",
    "PairingIssue",
    "ServerSummary",
    "VR_PAIRING_TYPE",
    "VrPairing",
    "VrPairingArgs",
    "VrPairingTimeouts",
    // Replications (issue 26).
    "VrReplication",
    "VR_REPLICATION_TYPE",
    "getVms",
    "getDatastores",
    "getStoragePolicies",
    "getReplications",
    "VrReplicationArgs",
    "DiskSetting",
    "ReplicationHealth",
    "ReplicationOwnership",
    "GetVmsArgs",
    "PairingScopeArgs",
    "RemoteScopeArgs",
    "ReplicationSummary",
  ],
  "dist/sdk/index.d.ts": [
    "CertificateWarning",
    "IssueInfo",
    "IssueStatus",
    "IssueType",
    "ListQuery",
    "LocalSite",
    "Logger",
    "Pairing",
    "PairingEntity",
    "PairingSpec",
    "PairPscInfo",
    "PartialData",
    "PollPolicy",
    "RemoteCredentials",
    "RemoteOption",
    "RequestBudget",
    "RetryPolicy",
    "ServerInfo",
    "ServerStatus",
    "SessionInfo",
    "SortOrder",
    "Task",
    "TaskEntity",
    "TaskError",
    "TaskStatus",
    "TlsOptions",
    "VrmsAbortError",
    "VrmsAuthError",
    "VrmsClient",
    "VrmsClientOptions",
    "VrmsConfigError",
    "VrmsError",
    "VrmsHttpError",
    "VrmsNetworkError",
    "VrmsNotFoundError",
    "VrmsRateLimitError",
    "VrmsRemoteAuthError",
    "VrmsRemoteSiteUnreachableError",
    "VrmsTaskCancelledError",
    "VrmsTaskFailedError",
    "VrmsTaskTimeoutError",
    "VrmsTlsError",
    "WaitOptions",
    "X509Certificate",
    "isSelfPairing",
    "partialDataOf",
    // Replications (issue 26).
    "ConfigureReplicationSpec",
    "ConfigureReplicationVmDisk",
    "CountData",
    "Datastore",
    "DiskFormat",
    "ReconfigureReplicationSpec",
    "ReplicatedVmDisk",
    "ReplicationAction",
    "ReplicationClient",
    "ReplicationInfo",
    "ReplicationInfoEntity",
    "ReplicationListOptions",
    "ReplicationStatus",
    "RetainOption",
    "RPO_MAX_MINUTES",
    "RPO_MIN_MINUTES",
    "StoragePolicy",
    "VirtualMachine",
    "VmCapabilities",
    "VmDisk",
    "isReplicationTaskOf",
    "reconfigureSpecOf",
    "replicationIdOfTask",
  ],
  "dist/provider/index.d.ts": [
    "GetPairingsArgs",
    "LookupPairingArgs",
    "PairingInfo",
    "PairingNotFoundError",
    "VrPairingState",
    "VrmsConnectionArgs",
    "getPairings",
    "lookupPairing",
    "AdoptionError",
    "ConnectionStatus",
    "CreateInFlightError",
    "ConfigureInFlightError",
    "DuplicatePairingError",
    "DuplicateReplicationError",
    "ForceDeleteRequiredError",
    "LastTask",
    "PairingExistsError",
    "PairingInputs",
    "PairingIssue",
    "PairingOutputs",
    "PartialCreateError",
    "PartialFailureError",
    "PartialUpdateError",
    "PendingCreateFailedError",
    "ServerSummary",
    "VR_PAIRING_TYPE",
    "VrPairing",
    "VrPairingArgs",
    "VrPairingError",
    "VrPairingProvider",
    "VrPairingTimeouts",
    "connect",
    // Replications (issue 26).
    "VrReplication",
    "VR_REPLICATION_TYPE",
    "VrReplicationArgs",
    "DiskSetting",
    "ReplicationInputs",
    "ReplicationHealth",
    "ReplicationOutputs",
    "ReplicationOwnership",
    "getVms",
    "getDatastores",
    "getStoragePolicies",
    "getReplications",
    "GetVmsArgs",
    "PairingScopeArgs",
    "RemoteScopeArgs",
    "ReplicationSummary",
    "VrReplicationError",
    "ReplicationExistsError",
    "ReplicationIdentityError",
    "PartialReplicationError",
    "PairingHasReplicationsError",
    "VrReplicationProvider",
    "connectReplication",
  ],
};

const inDependency = (file: string) => file.split(/[\\/]/).includes("node_modules");

/**
 * The package's own declaration files, with every dependency (and the default lib) an empty
 * module: what a module exports is written in its own files, and not parsing @pulumi/pulumi's
 * types saves seconds of CPU. A re-export from a dependency would hide names; it fails here.
 */
function ownDeclarations(files: string[]): ts.Program {
  const options: ts.CompilerOptions = { noEmit: true, noLib: true, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) =>
    inDependency(file)
      ? ts.createSourceFile(file, "export {};", language)
      : read(file, language, ...rest);
  const program = ts.createProgram(files, options, host);
  for (const source of program.getSourceFiles().filter((f) => !inDependency(f.fileName))) {
    for (const node of source.statements) {
      if (!ts.isExportDeclaration(node) || !node.moduleSpecifier) continue;
      const from = node.moduleSpecifier.getText(source).slice(1, -1);
      assert.ok(
        from.startsWith("."),
        `${source.fileName} re-exports from ${from}: read its types too`,
      );
    }
  }
  return program;
}

function exportedNames(files: string[]): Map<string, string[]> {
  const program = ownDeclarations(files.map((f) => path.join(REPO_ROOT, f)));
  const checker = program.getTypeChecker();
  const names = new Map<string, string[]>();
  for (const file of files) {
    const source = program.getSourceFile(path.join(REPO_ROOT, file));
    const symbol = source && checker.getSymbolAtLocation(source);
    assert.ok(symbol, `${file} is a module`);
    names.set(
      file,
      checker
        .getExportsOfModule(symbol)
        .map((s) => s.getName())
        .sort((a, b) => a.localeCompare(b)),
    );
  }
  return names;
}

describe("package: exports are the documented contract", function () {
  this.timeout(60_000);
  const files = Object.keys(CONTRACT);
  let names: Map<string, string[]>;
  before(() => {
    names = exportedNames(files);
  });

  for (const file of files) {
    it(`${file} exports exactly the contract`, () => {
      assert.deepEqual(
        names.get(file),
        [...CONTRACT[file]].sort((a, b) => a.localeCompare(b)),
      );
    });
  }

  it("exports no test hook or internal helper anywhere", () => {
    const internals = [
      "setStackConfig",
      "clearStackConfig",
      "cachedClientCount",
      "disposeClients",
      "configureProgress",
      "normalizeVrmsUrl",
      "normalizeBaseUrl",
      "normalizeThumbprint",
      "normalizeThumbprintText",
      "diffPairing",
      "checkInputs",
      "serializedProvider",
    ];
    for (const [file, list] of names) {
      assert.deepEqual(
        list.filter((n) => internals.includes(n)),
        [],
        `${file} exports an internal`,
      );
    }
  });
});
