// What each vCenter holds for replication: virtual machines with their disks, datastores with
// capacity and free space, and storage policies. Seeded from the vCenter's id, so every run
// sees the same ids, and replaceable through the control surface (control.replication).
import { deterministicUuid } from "./catalogue";
import type { DiskFormat, Datastore, StoragePolicy } from "../sdk/replication-wire";
import { UnknownObjectError } from "./api-errors";

export interface InventoryDisk {
  /** The device key; the VM home "disk" has none on the wire (key 0 here). */
  deviceKey: number;
  isVmHome: boolean;
  label: string;
  capacityKb: number;
  format: DiskFormat;
  datastoreId: string;
}

export interface InventoryVm {
  id: string;
  name: string;
  powerState: "POWERED_OFF" | "POWERED_ON" | "SUSPENDED";
  template: boolean;
  disks: InventoryDisk[];
}

export interface InventoryDatastore {
  id: string;
  name: string;
  capacityBytes: number;
  freeBytes: number;
  fileSystemType: NonNullable<Datastore["file_system_type"]>;
}

export interface InventoryPolicy {
  id: string;
  name: string;
  encryption: boolean;
}

export interface VcInventory {
  vms: InventoryVm[];
  datastores: InventoryDatastore[];
  policies: InventoryPolicy[];
}

/** The part of an inventory a control call sets; what it leaves out stays. */
export type InventoryUpdate = Partial<VcInventory>;

export interface SeedOptions {
  /** VMs to create (default 8). */
  vmCount?: number;
}

const GB = 1024 * 1024 * 1024;
const KB_PER_GB = 1024 * 1024;

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** The vendor's managed-object id form: "VirtualMachine:vm-80:<vCenter uuid>". */
export function vmId(vcId: string, n: number): string {
  return `VirtualMachine:vm-${1000 + n}:${vcId}`;
}

export function datastoreId(vcId: string, n: number): string {
  return `Datastore:datastore-${10 + n}:${vcId}`;
}

/** The same vCenter gets the same inventory on every run. */
export function seededInventory(vcId: string, options: SeedOptions = {}): VcInventory {
  const short = vcId.slice(0, 4);
  const datastores: InventoryDatastore[] = [
    { n: 1, name: "vsan-datastore", capacityGb: 4096, freeGb: 3072, fs: "VSAN" as const },
    { n: 2, name: "nfs-datastore", capacityGb: 2048, freeGb: 1536, fs: "NFS41" as const },
    { n: 3, name: "small-datastore", capacityGb: 64, freeGb: 8, fs: "VMFS" as const },
  ].map((d) => ({
    id: datastoreId(vcId, d.n),
    name: `${d.name}-${short}`,
    capacityBytes: d.capacityGb * GB,
    freeBytes: d.freeGb * GB,
    fileSystemType: d.fs,
  }));
  const policies: InventoryPolicy[] = [
    { id: "vsan-default", name: "vSAN Default Storage Policy", encryption: false },
    { id: "gold", name: "Gold Tier", encryption: false },
    { id: "encrypted", name: "VM Encryption Policy", encryption: true },
  ].map((p) => ({ ...p, id: deterministicUuid(`${vcId}-policy-${p.id}`) }));
  const vmCount = options.vmCount ?? 8;
  const vms: InventoryVm[] = [];
  for (let i = 1; i <= vmCount; i++) {
    const home = datastores[i % 2].id;
    // 1 to 3 hard disks, sizes 16/32/48 GB: enough variety for per-disk settings.
    const hardDisks = 1 + (i % 3);
    const disks: InventoryDisk[] = [
      {
        deviceKey: 0,
        isVmHome: true,
        label: "VM home",
        capacityKb: 0,
        format: "SAME_AS_SOURCE",
        datastoreId: home,
      },
    ];
    for (let d = 0; d < hardDisks; d++) {
      disks.push({
        deviceKey: 2000 + d,
        isVmHome: false,
        label: `Hard disk ${d + 1}`,
        capacityKb: 16 * (d + 1) * KB_PER_GB,
        format: d === 0 ? "THIN" : "THICK",
        datastoreId: home,
      });
    }
    vms.push({
      id: vmId(vcId, i),
      name: `vm-${pad(i, 3)}`,
      powerState: i % 5 === 0 ? "POWERED_OFF" : "POWERED_ON",
      template: false,
      disks,
    });
  }
  return { vms, datastores, policies };
}

export class InventoryStore {
  private readonly byVc = new Map<string, VcInventory>();

  /** The inventory of a vCenter this simulator knows; seeded on first use. */
  of(vcId: string): VcInventory {
    const key = vcId.toLowerCase();
    let inv = this.byVc.get(key);
    if (!inv) {
      inv = seededInventory(vcId);
      this.byVc.set(key, inv);
    }
    return inv;
  }

  set(vcId: string, update: InventoryUpdate): void {
    const inv = this.of(vcId);
    if (update.vms) inv.vms = update.vms.map(copyVm);
    if (update.datastores) inv.datastores = update.datastores.map((d) => ({ ...d }));
    if (update.policies) inv.policies = update.policies.map((p) => ({ ...p }));
  }

  vm(vcId: string, id: string): InventoryVm | undefined {
    return this.of(vcId).vms.find((v) => v.id === id);
  }

  requireVm(vcId: string, id: string): InventoryVm {
    const vm = this.vm(vcId, id);
    if (!vm) throw new UnknownObjectError(`VM on vCenter ${vcId} with id`, id);
    return vm;
  }

  datastore(vcId: string, id: string): InventoryDatastore | undefined {
    return this.of(vcId).datastores.find((d) => d.id === id);
  }

  requireDatastore(vcId: string, id: string): InventoryDatastore {
    const ds = this.datastore(vcId, id);
    if (!ds) throw new UnknownObjectError(`datastore on vCenter ${vcId} with id`, id);
    return ds;
  }

  policy(vcId: string, id: string): InventoryPolicy | undefined {
    return this.of(vcId).policies.find((p) => p.id === id);
  }

  /** The VM is gone from its vCenter (deleted at the source). */
  removeVm(vcId: string, id: string): void {
    const inv = this.of(vcId);
    this.requireVm(vcId, id);
    inv.vms = inv.vms.filter((v) => v.id !== id);
  }
}

function copyVm(vm: InventoryVm): InventoryVm {
  return { ...vm, disks: vm.disks.map((d) => ({ ...d })) };
}

// ---- wire rendering ----

export function storagePolicyWire(p: InventoryPolicy): StoragePolicy {
  return {
    storage_policy_id: p.id,
    storage_policy_name: p.name,
    vm_encryption_supported: p.encryption,
  };
}

export function datastoreWire(d: InventoryDatastore): Datastore {
  const usedShare = d.capacityBytes === 0 ? 1 : 1 - d.freeBytes / d.capacityBytes;
  return {
    id: d.id,
    name: d.name,
    capacity: d.capacityBytes,
    free_space: d.freeBytes,
    file_system_type: d.fileSystemType,
    maintenance_mode: null,
    overall_status: usedShare >= 0.95 ? "RED" : usedShare >= 0.8 ? "YELLOW" : "GREEN",
    accessible: true,
    type: "DATASTORE",
    nkp_supported: false,
    path: `ds:///vmfs/volumes/${d.id.split(":")[1] ?? d.name}/`,
  };
}
