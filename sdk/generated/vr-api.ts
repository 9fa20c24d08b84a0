// GENERATED: the types of spec/vsphere-replication-api-v2.json with the corrections of
// test/support/vendor/corrections.ts, made by openapi-typescript (test/support/vendor/generate.ts).
// Do not edit. Regenerate with `npm run generate:vendor-types`; a test fails when this is stale.
export interface paths {
    "/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * vSphere Replication Management Server information.
         * @description Lists details about the vSphere Replication Management Server.
         */
        get: operations["getVrInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of all existing pairings.
         * @description Get a list of all existing pairings.
         */
        get: operations["getVrPairings"];
        put?: never;
        /**
         * Pair to the remote vSphere Replication Management Server.
         * @description Pair to the remote vSphere Replication Management Server.
         */
        post: operations["pairVr"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get information about the pairing.
         * @description Get information about the pairing.
         */
        get: operations["getVrPairing"];
        put?: never;
        post?: never;
        /**
         * Delete the existing pairing with the remote vSphere Replication Management server.
         * @description Delete the existing pairing with the remote vSphere Replication Management server.
         */
        delete: operations["deleteVrPairing"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/actions/reconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reconnect the existing pairing to the remote vSphere Replication Management Server (VRMS).
         * @description Reconnect the existing pairing to the remote vSphere Replication Management Server (VRMS).
         */
        post: operations["reconnectVrPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all issues for the pairing.
         * @description Get all issues for the pairing.
         */
        get: operations["getVrPairingIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/remote-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns information about the current session to the remote vSphere Replication Management server, if any.
         * @description Returns information about the current session to the remote vSphere Replication Management server, if any.
         */
        get: operations["getRemoteSession"];
        put?: never;
        /**
         * Returns information about the current session to the remote vSphere Replication Management server.
         * @description Returns information about the current session to the remote vSphere Replication Management server.
         */
        post: operations["createRemoteSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/replications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of all the incoming or outgoing replications from a vCenter Server.
         * @description Get a list of all the incoming or outgoing replications from a vCenter Server.
         */
        get: operations["getAllReplications"];
        put?: never;
        /**
         * Configure replication for a virtual machine from a source site to a target vCenter Server site.
         * @description Use this workflow to configure a replication.<br/><hr>1. Search for VMs that are suitable for a replication.<br/><code>GET /{pairing_id}/vcenters/{vcenter_id}/vms</code><br/>&ensp;- Query parameter suitable_for_replication should be true<br/>2. Choose VMs.<br/>3. For each VM, get disks:<br/><code>GET /{pairing_id}/vcenters/{vcenter_id}/vms/{vm_id}/disks</code><br/>4. Optionally, for each VM, check capabilities if replication is supported and what are the supported replication settings:<br/><code>GET /{pairing_id}/vcenters/{vcenter_id}/vms/{vm_id}/capability</code><br/>5. Request storage policies at the target vCenter Server:<br/><code>GET /{pairing_id}/vcenters/{vcenter_id}/storage-policies</code><br/>6. Choose a storage policy. If default storage policy will be used, then set destination_storage_policy_id in the resulting ConfigureReplicationSpec to null.<br/>7. Search for possible target datastores at the target vCenter Server:<br/><code>GET /{pairing_id}/vcenters/{vcenter_id}/datastores</code><br/>8. Choose a target datastore.<br/>9. Optionally check the selected target datastore's compliance against the selected target storage policy.<br/><code>POST /{pairing_id}/vcenters/{vcenter_id}/storage-policies/{storage_policy_id}/actions/check-compliance</code><br/>&ensp;- Pass the chosen datastore IDs as a body to the endpoint<br/>10. Optionally search for seeds at the target vCenter Server for the chosen target datastore from step 8:<br/>&ensp;a. <code>POST /{pairing_id}/vcenters/{vcenter_id}/datastores/{datastore_id}/actions/find-seeds</code><br/>&emsp;- Pass spec based on the VM disks retrieved in step 3<br/>&ensp;b. Or browse the datastore to select manually seed folder/file<br/><code>POST /{pairing_id}/vcenters/{vcenter_id}/datastores/{datastore_id}/actions/browse</code><br/>&emsp;- Pass spec for specific type and path of files/folders<br/>11. Construct ConfigureReplicationSpec.<br/>12. Create a replication.<br/><code>POST /{pairing_id}/replications</code>
         */
        post: operations["configureReplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/replications/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the total number of replications - both incoming and outgoing.
         * @description Get the total number of replications - both incoming and outgoing.
         */
        get: operations["getReplicationsCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/replications/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of all the current issues for all incoming or outgoing replications.
         * @description Get a list of all the current issues for all incoming or outgoing replications.
         */
        get: operations["getReplicationsIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/replications/{replication_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get information about the replication.
         * @description Get information about the replication.
         */
        get: operations["getReplicationInfo"];
        put?: never;
        post?: never;
        /**
         * Delete replication of a VM. The operation deletes the replication only on the local site. Remove the replication configuration first.
         * @description Delete replication of a VM. The operation deletes the replication only on the local site. Remove the replication configuration first.
         */
        delete: operations["destroyReplication"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/replications/{replication_id}/actions/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause the replication for a virtual machine from the source site to a remote vCenter Server site.
         * @description Pause the replication for a virtual machine from the source site to a remote vCenter Server site.
         */
        post: operations["pauseReplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/replications/{replication_id}/actions/reconfigure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the settings of a replication, including reconfiguring a replication on new virtual hard disks and enabling the default seed disk to use a replica disk in the VM folder.
         * @description Change the settings of a replication, including reconfiguring a replication on new virtual hard disks and enabling the default seed disk to use a replica disk in the VM folder.
         */
        post: operations["reconfigureReplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/replications/{replication_id}/actions/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused replication to the target vCenter Server site.
         * @description Resume a paused replication to the target vCenter Server site.
         */
        post: operations["resumeReplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/replications/{replication_id}/actions/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sync the latest changes for a virtual machine with a configured replication to the target vCenter Server site.
         * @description Sync the latest changes for a virtual machine with a configured replication to the target vCenter Server site.
         */
        post: operations["syncReplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/replications/{replication_id}/actions/unconfigure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gracefully remove the replication configuration of a VM. If the remote site is not available, use DELETE /replications/{replication_id} to delete the replication from the local site.
         * @description Gracefully remove the replication configuration of a VM. If the remote site is not available, use DELETE /replications/{replication_id} to delete the replication from the local site.
         */
        post: operations["unconfigureReplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/replications/{replication_id}/disks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve information about the disks of a replicated VM.
         * @description Retrieve information about the disks of a replicated VM.
         */
        get: operations["getReplicatedVmDisks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/vcenters/{vcenter_id}/datastores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve vSphere Replication supported datastores.
         * @description Retrieve vSphere Replication supported datastores.
         */
        get: operations["getVrCapableTargetDatastores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/vcenters/{vcenter_id}/datastores/{datastore_id}/actions/browse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Browse the datastore that is defined in the URL by its ID. This API returns files that reside on the given datastore. These files are filtered based on the given search criteria.
         * @description Browse the datastore that is defined in the URL by its ID. This API returns files that reside on the given datastore. These files are filtered based on the given search criteria.
         */
        post: operations["browseDatastore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/vcenters/{vcenter_id}/datastores/{datastore_id}/actions/find-seeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve information about possible seeds for a given set of disks.
         * @description Retrieve information about possible seeds for a given set of disks.
         */
        post: operations["getSeedsForDisks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/vcenters/{vcenter_id}/storage-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve vCenter Server's storage policies.
         * @description Retrieve vCenter Server's storage policies.
         */
        get: operations["getVcStoragePolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/vcenters/{vcenter_id}/storage-policies/{storage_policy_id}/actions/check-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check datastores for compliance against a given storage policy.
         * @description Check datastores for compliance against a given storage policy.
         */
        post: operations["checkStoragePolicyCompliance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/vcenters/{vcenter_id}/vms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of all VMs on the vCenter Server specified by vCenter Server ID in the URL.
         * @description Get a list of all VMs on the vCenter Server specified by vCenter Server ID in the URL.
         */
        get: operations["getLocalVms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/vcenters/{vcenter_id}/vms/{vm_id}/capability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve vSphere Replication capability information about a given VM.
         * @description Retrieve vSphere Replication capability information about a given VM.
         */
        get: operations["getVmCapability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/vcenters/{vcenter_id}/vms/{vm_id}/disks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve information about the disks of a VM.
         * @description Retrieve information about the disks of a VM.
         */
        get: operations["getLocalVmDisks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/vrs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get information about vSphere Replication servers that are paired.
         * @description Get information about vSphere Replication servers that are paired.
         */
        get: operations["getAllVrDetailsInPairing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/vrs/{vr_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get information about a specific vSphere Replication Management Server in a pairing.
         * @description Get information about a specific vSphere Replication Management Server in a pairing.
         */
        get: operations["getVrInfoInPairing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/vrs/{vr_id}/replication-servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all registered replication servers for a vSphere Replication in a pairing.
         * @description Get all registered replication servers for a vSphere Replication in a pairing.
         */
        get: operations["getAllVrServersInPairing"];
        put?: never;
        /**
         * Register a replication server for a vSphere Replication in a pairing.
         * @description Register a replication server for a vSphere Replication in a pairing.
         */
        post: operations["registerVrServerInPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/vrs/{vr_id}/replication-servers/{replication_server_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get information about a registered vSphere Replication server for a VRMS, which is part of a pairing.
         * @description Get information about a registered vSphere Replication server for a VRMS, which is part of a pairing.
         */
        get: operations["getVrServerInPairing"];
        put?: never;
        post?: never;
        /**
         * Unregister a vSphere Replication server for a vSphere Replication in a pairing.
         * @description Unregister a vSphere Replication server for a vSphere Replication in a pairing.
         */
        delete: operations["unregisterVrServerInPairing"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairing_id}/vrs/{vr_id}/replication-servers/{replication_server_id}/actions/reconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update the connection information for this vSphere Replication server and reset any current connection for a vSphere Replication in a pairing.
         * @description Update the connection information for this vSphere Replication server and reset any current connection for a vSphere Replication in a pairing.
         */
        post: operations["reconnectVrServerInPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/replication-servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all registered replication servers.
         * @description Get all registered replication servers.
         */
        get: operations["getAllVrServers"];
        put?: never;
        /**
         * Register a replication server.
         * @description Register a replication server.
         */
        post: operations["registerVrServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/replication-servers/{replication_server_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get information about a registered vSphere Replication server.
         * @description Get information about a registered vSphere Replication server.
         */
        get: operations["getVrServer"];
        put?: never;
        post?: never;
        /**
         * Unregister a vSphere Replication server.
         * @description Unregister a vSphere Replication server.
         */
        delete: operations["unregisterVrServer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/replication-servers/{replication_server_id}/actions/reconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update the connection information of this vSphere Replication server and reset any current connection.
         * @description Update the connection information of this vSphere Replication server and reset any current connection.
         */
        post: operations["reconnectVrServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns information about the current session, if any.
         * @description Returns information about the current session, if any.
         */
        get: operations["getCurrentSession"];
        put?: never;
        /**
         * Logs in and returns the session ID. In the subsequent requests, include the 'x-dr-session' header with the returned session ID value.
         * @description Logs in and returns the session ID. In the subsequent requests, include the 'x-dr-session' header with the returned session ID value.
         */
        post: operations["login"];
        /**
         * Logs out if the session is authenticated.
         * @description Logs out if the session is authenticated.
         */
        delete: operations["logout"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all recent tasks.
         * @description Retrieve all recent tasks.
         */
        get: operations["getRecentTasksInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve task information.
         * @description Retrieve task information.
         */
        get: operations["getTaskInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Information about certificate warning. */
        CertificateWarning: {
            /**
             * Format: uuid
             * @description The server identifier to which this warning is about.
             */
            server_guid?: string;
            /** @description The server URL to which this warning is about. */
            server_url?: string;
            certificate?: components["schemas"]["X509Certificate"];
        };
        /** @description Compound status of a replication type. */
        CompoundReplicationStatus: {
            /**
             * @description The status of the replication.
             * @enum {string}
             */
            status?: "FULL_SYNC" | "SYNC" | "INITIAL_FULL_SYNC" | "PAUSED" | "RPO_VIOLATION" | "MOVING" | "OK" | "ERROR" | "CONFIGURING" | "NOT_ACTIVE" | "UNKNOWN" | "SYNC_RPO_VIOLATION" | "NOT_ACTIVE_RPO_VIOLATION" | "ERROR_RPO_VIOLATION" | "FULL_SYNC_RPO_VIOLATION" | "RECOVERING" | "RECOVERED" | "DISK_RESIZING";
            /** @description Indicate whether there is any RPO violation for the replication. */
            rpo_violation?: boolean;
        };
        /** @description A spec used to configure replication. */
        ConfigureReplicationSpec: {
            /** @description A flag that defines whether the quiescing method is enabled. */
            quiesce_enabled?: boolean;
            /**
             * Format: int64
             * @description The target RPO in minutes.
             */
            rpo: number;
            /** @description Use network compression for replication traffic. */
            network_compression_enabled: boolean;
            /** @description The point-in-time recovery enabled. */
            mpit_enabled: boolean;
            /**
             * Format: int32
             * @description The point-in-time recovery instances per day.
             */
            mpit_instances?: number;
            /**
             * Format: int32
             * @description The point-in-time recovery days to retain instances for.
             */
            mpit_days?: number;
            /** @description Indicate whether automatic replication of new disks is enabled for a VM being replicated. */
            auto_replicate_new_disks: boolean;
            /**
             * @description The ID of the vSphere Replication server this group resides on. In case of null, the server will be automatically determined.
             * @example HmsRemoteHbrServer:HBRSRV-1924009b-0562-433d-8db9-082141ac04cd:067878e6-2ff0-41eb-928c-5e91492a7b29
             */
            target_replication_server_id?: string | null;
            /** @description Indicate whether LWD encryption is enabled for this replication. */
            lwd_encryption_enabled: boolean;
            /** @description Indicate whether VM's DataSets replication is enabled. */
            vm_data_sets_replication_enabled?: boolean;
            /** @description A VM disk with a destination path, a disk format, a storage policy, and the replication status. */
            disks: components["schemas"]["ConfigureReplicationVmDisk"][];
            /**
             * @description The ID of the target VC server.
             * @example ff4a23e7-2fed-4be0-be39-479ae372badd
             */
            target_vc_id: string;
            /**
             * @description The ID of the virtual machine that is going to be replicated.
             * @example VirtualMachine:vm-80:e594ad24-5f75-41e3-a276-88a2116dbed0
             */
            vm_id: string;
        };
        /** @description VM disk information while configuring or reconfiguring a replication. */
        ConfigureReplicationVmDisk: {
            vm_disk: components["schemas"]["VmDisk"];
            /** @description Indicate whether the VM disk is enabled for replication. */
            enabled_for_replication: boolean;
            /** @description Whether to use seeds for this VM disk. If this field is true, then also set the destination_path property. */
            use_seeds?: boolean;
            /**
             * @description The destination storage policy ID. If destination storage policy ID is null then default datastore policy will be used.
             * @example dsbrowser.defaultStoragePolicy
             */
            destination_storage_policy_id?: string | null;
            /**
             * @description If use_seeds is true, specify the destination path where the seed folder and vmdk files are located. Otherwise, leave it null. For VM home disk - always must be null.
             * @example my_vm_seeds_folder/my_vm_disk_1.vmdk
             */
            destination_path?: string | null;
            /**
             * @description The ID of the destination datastore at the target site.
             * @example Datastore:datastore-16:ff4a23e7-2fed-4be0-be39-479ae372badd
             */
            destination_datastore_id: string;
            /**
             * @description The format of the virtual disk.
             * @enum {string}
             */
            destination_disk_format: "SAME_AS_SOURCE" | "SAME_AS_PRIMARY" | "AS_DEFINED_IN_PROFILE" | "FLAT" | "THICK" | "NATIVE_THICK" | "THIN" | "RDM";
        };
        /** @description Represents the data count. */
        CountData: {
            /**
             * Format: int64
             * @description The data count.
             */
            count: number;
        };
        /** @description Represents the data count. */
        CountDataDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & WithRequired<components["schemas"]["CountData"], "count">;
        /** @description Datastore information such as file system type and general health. */
        Datastore: {
            /** @description The ID of the datastore. */
            id?: string;
            /** @description The name of the datastore. */
            name?: string;
            /** @description The ID of the parent datastore. */
            parent?: string;
            /** @description The name of the parent datastore. */
            parent_name?: string;
            /**
             * Format: int64
             * @description The total capacity of the datastore in bytes.
             */
            capacity?: number;
            /**
             * Format: int64
             * @description The free space on the datastore in bytes.
             */
            free_space?: number;
            /**
             * @description The file system type of the datastore.
             * @enum {string}
             */
            file_system_type?: "VMFS" | "NFS" | "NFS41" | "CIFS" | "VSAN" | "VFFS" | "VVOL" | "PMEM" | "VSAND" | "OTHER";
            /** @description The maintenance mode for the datastore. */
            maintenance_mode?: string | null;
            /**
             * @description The overall status of the datastore.
             * @enum {string}
             */
            overall_status?: "GRAY" | "GREEN" | "YELLOW" | "RED";
            /** @description Indicate whether the datastore is accessible. */
            accessible?: boolean;
            /**
             * @description The type of the datastore.
             * @enum {string}
             */
            type?: "DATASTORE" | "STORAGE_POD";
            /** @description Indicate whether the datastore supports encryption with native key. */
            nkp_supported?: boolean;
            /** @description The datastore path. */
            path?: string;
        };
        /** @description Request spec to search a datastore for specific types of files or folders. */
        DatastoreBrowserRequest: {
            /**
             * @description The datastore browser query type.
             * @enum {string}
             */
            query_type?: "VM_DISK" | "FLOPPY_IMAGE" | "ISO_IMAGE" | "VM_CONFIG_FILES" | "ALL_FILES" | "FOLDERS";
            /** @description The path of the datastore to browse, pass an empty string for the root node. */
            browse_path?: string;
            /** @description Indicate whether the datastore that the file system searches should include subfolders of the browse path. */
            sub_folders?: boolean;
        };
        /** @description The result of the browsing datastore request */
        DatastoreBrowserResult: {
            /** @description Name. */
            name?: string;
            /** @description The full path of the file with the datastore name as the prefix. */
            path?: string;
            /**
             * Format: int64
             * @description The size of the returned object/file in bytes.
             */
            size?: number;
            /**
             * @description The type of the file.
             * @enum {string}
             */
            file_type?: "FOLDER" | "FLOPPY_IMAGE" | "VM_DISK" | "VM_LOG" | "VM_NVRAM" | "ISO_IMAGE" | "VM_SNAPSHOT" | "TEMPLATE_VM_CONFIG" | "VM_CONFIG" | "FILE";
        };
        /** @description The result of the browsing datastore request */
        DatastoreBrowserResultDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & components["schemas"]["DatastoreBrowserResult"];
        /** @description List of entities about: The result of the browsing datastore request */
        DatastoreBrowserResultDrResponseList: {
            list?: components["schemas"]["DatastoreBrowserResult"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        /** @description Datastore information such as file system type and general health. */
        DatastoreDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & components["schemas"]["Datastore"];
        /** @description List of entities about: Datastore information such as file system type and general health. */
        DatastoreDrResponseList: {
            list?: components["schemas"]["Datastore"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        /** @description The data object that is used to fully qualify a datastore path. */
        DatastorePathData: {
            /**
             * @description The ID of the datastore.
             * @example Datastore:datastore-16:ff4a23e7-2fed-4be0-be39-479ae372badd
             */
            datastore_id: string;
            /**
             * @description The name of the datastore.
             * @example local-datastore
             */
            datastore_name?: string | null;
            /**
             * @description The path of the datastore.
             * @example /path/to/folder
             */
            path?: string | null;
            /**
             * @description The name of file.
             * @example vmDisk1.vmdk
             */
            filename?: string | null;
        };
        /** @description A data object that is used to fully qualify a destination datastore path. */
        DestinationDatastorePathData: {
            /**
             * @description The ID of the datastore.
             * @example Datastore:datastore-16:ff4a23e7-2fed-4be0-be39-479ae372badd
             */
            datastore_id: string;
            /**
             * @description The name of the datastore.
             * @example local-datastore
             */
            datastore_name?: string | null;
            /**
             * @description The path of the datastore.
             * @example /path/to/folder
             */
            path?: string | null;
            /**
             * @description The name of file.
             * @example vmDisk1.vmdk
             */
            filename?: string | null;
        };
        /** @description Previous entity link */
        HrefDrData: {
            href?: string;
        };
        /** @description Issue information. */
        IssueInfo: {
            /** @description The entity this issue is about. */
            entity?: string;
            /** @description The entity name this issue is about. */
            entity_name?: string | null;
            /** @description The description of the issue. */
            description?: string;
            /**
             * Format: int64
             * @description The timestamp of the issue, in milliseconds.
             */
            timestamp: number;
            /**
             * @description The issue status.
             * @enum {string}
             */
            status?: "WARNING" | "ERROR";
            /**
             * @description The issue type.
             * @enum {string}
             */
            issue_type?: "VC" | "VRS" | "VRMS" | "UNKNOWN";
        };
        /** @description Issue information. */
        IssueInfoDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & WithRequired<components["schemas"]["IssueInfo"], "timestamp">;
        /** @description List of entities about: Issue information. */
        IssueInfoDrResponseList: {
            list?: components["schemas"]["IssueInfo"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        /** @description Response metadata error */
        MetaError: {
            /** @description Error code */
            code?: string;
            /** @description Error message */
            message?: string;
            /** @description JSONPath of the entity field that causes this error. */
            field: string;
        };
        /** @description Response meta links */
        MetaLinks: {
            /** @description Previous entity link */
            next?: {
                href?: string;
            } | null;
            self?: components["schemas"]["HrefDrData"];
            /** @description Previous entity link */
            previous?: {
                href?: string;
            } | null;
        };
        /** @description Response meta data. Contains data about the response payload data. */
        Metadata: {
            /** @description Response payload data errors. */
            errors?: components["schemas"]["MetaError"][];
        };
        /** @description List metadata */
        MetadataList: {
            /** @description Response payload data errors. */
            errors?: components["schemas"]["MetaError"][];
            /**
             * Format: int64
             * @description Total number of entities
             */
            total?: number;
            /**
             * Format: int64
             * @description Offset number of entities
             */
            offset?: number;
            /**
             * Format: int64
             * @description Limit number of entities
             */
            limit?: number;
            links?: components["schemas"]["MetaLinks"];
        };
        /** @description vSphere Replication pairing information. */
        Pairing: {
            /**
             * Format: uuid
             * @description The unique identifier of the pairing.
             */
            pairing_id?: string;
            local_vc_server?: components["schemas"]["ServerInfo"];
            remote_vc_server?: components["schemas"]["ServerInfo"];
            local_vrms?: components["schemas"]["ServerInfo"];
            remote_vrms?: components["schemas"]["ServerInfo"];
        };
        /** @description vSphere Replication pairing information. */
        PairingDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & components["schemas"]["Pairing"];
        /** @description List of entities about: vSphere Replication pairing information. */
        PairingDrResponseList: {
            list?: components["schemas"]["Pairing"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        /** @description Pairing information. */
        PairingSpec: {
            pair_psc_info: components["schemas"]["PairingSpecPairPscInfo"];
            /** @description The ID of the remote vCenter Server. */
            pair_vc_id: string;
        };
        /** @description Information about the pair Platform Services Controller. */
        PairingSpecPairPscInfo: {
            /** @description The URL of the remote Platform Services Controller. */
            url?: string;
            /**
             * Format: int32
             * @description The port that is configured for the Platform Services Controller. The default port is 443.
             */
            port?: number;
            /** @description The thumbprint of the remote Platform Services Controller. */
            thumbprint?: string | null;
            /** @description The user name for the Platform Services Controller. */
            username?: string;
            /** @description The password for the Platform Services Controller. */
            password?: string;
            /** @description The remote PSC's certificate in PEM format. */
            certificate?: string;
        };
        /** @description A spec that is used to reconfigure replication. */
        ReconfigureReplicationSpec: {
            /** @description A flag that defines whether the quiescing method is enabled. */
            quiesce_enabled?: boolean;
            /**
             * Format: int64
             * @description The target RPO in minutes.
             */
            rpo: number;
            /** @description Use network compression for replication traffic. */
            network_compression_enabled: boolean;
            /** @description The point-in-time recovery enabled. */
            mpit_enabled: boolean;
            /**
             * Format: int32
             * @description The point-in-time recovery instances per day.
             */
            mpit_instances?: number;
            /**
             * Format: int32
             * @description The point-in-time recovery days to retain instances for.
             */
            mpit_days?: number;
            /** @description Indicate whether automatic replication of new disks is enabled for a VM being replicated. */
            auto_replicate_new_disks: boolean;
            /**
             * @description The ID of the vSphere Replication server this group resides on. In case of null, the server will be automatically determined.
             * @example HmsRemoteHbrServer:HBRSRV-1924009b-0562-433d-8db9-082141ac04cd:067878e6-2ff0-41eb-928c-5e91492a7b29
             */
            target_replication_server_id?: string | null;
            /** @description Indicate whether LWD encryption is enabled for this replication. */
            lwd_encryption_enabled: boolean;
            /** @description Indicate whether VM's DataSets replication is enabled. */
            vm_data_sets_replication_enabled?: boolean;
            /** @description A VM disk with a destination path, a disk format, a storage policy, and the replication status. */
            disks: components["schemas"]["ConfigureReplicationVmDisk"][];
        };
        /** @description Replicated VM disk information. */
        ReplicatedVmDisk: {
            vm_disk?: components["schemas"]["VmDisk"];
            replicated?: boolean;
            destination_path?: components["schemas"]["DestinationDatastorePathData"];
            /** @description The destination storage policy ID. */
            destination_storage_policy_id?: string | null;
            /** @description The destination storage policy name. */
            destination_storage_policy_name?: string | null;
            /**
             * Format: int64
             * @description The usage of the replication disk.
             */
            replica_disk_usage?: number;
        };
        /** @description Replicated VM disk information. */
        ReplicatedVmDiskDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & components["schemas"]["ReplicatedVmDisk"];
        /** @description List of entities about: Replicated VM disk information. */
        ReplicatedVmDiskDrResponseList: {
            list?: components["schemas"]["ReplicatedVmDisk"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        /** @description Information about a replication. */
        ReplicationInfo: {
            /** @description The name of the replication. */
            name?: string;
            /** @description The unique identifier of the replication. */
            id?: string;
            /** @description The ID of the replicated VM. */
            vm_id?: string | null;
            /** @description The name of the source site. */
            source_site_name?: string;
            /** @description The ID of the source vCenter Server. */
            source_vc_id?: string;
            /** @description The name of the target site. */
            target_site_name?: string;
            /** @description The ID of the target vCenter Server. */
            target_vc_id?: string;
            status?: components["schemas"]["CompoundReplicationStatus"];
            /**
             * Format: int64
             * @description The configured RPO in minutes.
             */
            rpo?: number;
            /**
             * @description The type of the replication.
             * @enum {string}
             */
            type?: "UNKNOWN" | "VC_TO_VC";
            /** @description The name of the replication server. */
            replication_server_name?: string | null;
            /** @description The solution that manages the recovery operation. */
            recovery_solution?: string | null;
            /**
             * @description The state of a replication with respect to its configuration.
             * @enum {string}
             */
            configuration_state?: "IN_PROGRESS" | "ERROR" | "OK" | "UNKNOWN";
            configuration_error?: components["schemas"]["ReplicationInfoConfigurationError"];
            last_group_error?: components["schemas"]["ReplicationInfoLastGroupError"];
            /**
             * @description The state of a replication with respect to its recovery.
             * @enum {string}
             */
            recovery_state?: "UNKNOWN" | "NOT_STARTED" | "IN_PROGRESS" | "ERROR" | "OK";
            /** @description If the recovery_state is ERROR, this field contains details about the error. */
            recovery_error?: string | null;
            /**
             * Format: uuid
             * @description The UUID of the target replication server.
             */
            target_replication_server_uuid?: string | null;
            /**
             * Format: int64
             * @description The time of the last sync operation, in milliseconds.
             */
            last_sync_time: number;
            /**
             * Format: int64
             * @description The duration of the last sync operation, in seconds.
             */
            last_sync_duration?: number;
            /**
             * Format: int64
             * @description The size of delta during the last sync, in bytes.
             */
            last_sync_size?: number;
            /**
             * Format: int64
             * @description The RPO violation since the deadline for the next image of the replication has elapsed, in minutes.
             */
            current_rpo_violation?: number;
            /** @description Indicate whether to quiesce the file system or applications in the guest OS before a consistent replica is created. */
            quiescing_enabled?: boolean;
            /** @description Indicate whether to use compression for the outgoing traffic. */
            network_compression_enabled?: boolean;
            /** @description Indicate whether LWD encryption is used from VRS side. */
            encryption_enabled?: boolean;
            /** @description Indicate whether to automatically enable replication to newly added disks to the source VM. */
            auto_replicate_new_disks_enabled?: boolean;
            /** @description Indicate whether MPIT is enabled. */
            mpit_enabled?: boolean;
            /**
             * Format: int32
             * @description The number of instances to keep per day.
             */
            mpit_instances?: number;
            /**
             * Format: int32
             * @description The number of days to keep MPIT instances.
             */
            mpit_days?: number;
            sync_progress?: components["schemas"]["SyncProgressData"];
            /** @description Indicate whether VM's DataSets replication is enabled. */
            vm_data_sets_replication_enabled?: boolean;
        };
        /** @description If the configurationState is ERROR, this property is set with a value describing the error in more detail. If the configurationState contains some other value, then this property is empty. */
        ReplicationInfoConfigurationError: {
            /** @description The message of the error. */
            message?: string;
            /** @description The details of the error. */
            details?: string;
        } | null;
        /** @description Information about a replication. */
        ReplicationInfoDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & WithRequired<components["schemas"]["ReplicationInfo"], "last_sync_time">;
        /** @description List of entities about: Information about a replication. */
        ReplicationInfoDrResponseList: {
            list?: components["schemas"]["ReplicationInfo"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        /** @description The faults from the underlying replication. */
        ReplicationInfoLastGroupError: {
            /** @description The message of the error. */
            message?: string;
            /** @description The details of the error. */
            details?: string;
        } | null;
        /** @description Information about the vSphere Replication server. */
        ReplicationServerInfo: {
            /** @description ID of the vSphere Replication server. */
            id?: string;
            /**
             * Format: int32
             * @description The total number of replication groups currently protected by this VRMS.
             */
            replication_count?: number;
            /** @description Indicate whether the vSphere Replication server is connected. */
            connected?: boolean;
            /** @description Indicate whether the vSphere Replication server is decommissioned. */
            decommissioned?: boolean;
            /** @description Indicates that this vSphere Replication server is internally managed in VRMS. */
            internally_managed?: boolean;
            /**
             * Format: uuid
             * @description The UUID of the VR server.
             */
            uuid?: string | null;
            /** @description The network host name as set in the vSphere Replication server appliance. */
            hostname?: string | null;
            /** @description URL of the configuration UI for the server, if known. */
            configuration_url?: string | null;
            /** @description The name of the server. */
            name?: string | null;
            /** @description The fault, which occurred during retrieval of data. */
            fault?: string | null;
        };
        /** @description Information about the vSphere Replication server. */
        ReplicationServerInfoDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & components["schemas"]["ReplicationServerInfo"];
        /** @description List of entities about: Information about the vSphere Replication server. */
        ReplicationServerInfoDrResponseList: {
            list?: components["schemas"]["ReplicationServerInfo"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        ResponseError: {
            /** @description The code of the error. */
            error_code?: string;
            /** @description The message of the error. */
            message?: string;
            /**
             * Format: uuid
             * @description The ID of the operation.
             */
            op_id?: string;
        };
        /** @description Information about a given server. */
        ServerInfo: {
            /**
             * Format: uuid
             * @description The ID of the server.
             */
            id?: string;
            /** @description The URL of the server. */
            url?: string;
            /** @description The name of the server. */
            name?: string;
            /**
             * @description The status of the server.
             * @enum {string}
             */
            server_status?: "OK" | "WARNING" | "ERROR";
            /** @description The certificates of the server. */
            certificates?: components["schemas"]["X509Certificate"][];
            /** @description The certificate warnings related to the server. */
            certificate_warnings?: components["schemas"]["CertificateWarning"][];
            /** @description The version of the server. */
            version?: string;
        };
        /** @description Data including the new session ID. */
        SessionIdData: {
            /** @description The ID of the session. */
            session_id?: string;
        };
        /** @description Information about the current session. */
        SessionInfo: {
            /** @description The user name in the session. */
            username?: string;
        };
        /** @description Storage policy defined in the vCenter Server. */
        StoragePolicy: {
            /** @description The name of the storage policy. */
            storage_policy_name?: string;
            /** @description The ID of the storage policy defined in the vCenter Server. */
            storage_policy_id?: string;
            /** @description Indicate whether this profile has encryption capability. */
            vm_encryption_supported?: boolean;
        };
        /** @description Datastore compliance status against a storage policy. */
        StoragePolicyComplianceCheckData: {
            /** @description The ID of the storage policy. */
            storage_policy_id?: string;
            /** @description The datastore to check compliance for. */
            datastore?: string;
            /** @description Indicate whether the storage policy is compliant. */
            compliant?: boolean;
            /** @description The detailed information if the datastore is not compliant. */
            not_compliant_detailed_message?: string | null;
        };
        /** @description Datastore compliance status against a storage policy. */
        StoragePolicyComplianceCheckDataDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & components["schemas"]["StoragePolicyComplianceCheckData"];
        /** @description List of entities about: Datastore compliance status against a storage policy. */
        StoragePolicyComplianceCheckDataDrResponseList: {
            list?: components["schemas"]["StoragePolicyComplianceCheckData"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        /** @description Storage policy defined in the vCenter Server. */
        StoragePolicyDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & components["schemas"]["StoragePolicy"];
        /** @description List of entities about: Storage policy defined in the vCenter Server. */
        StoragePolicyDrResponseList: {
            list?: components["schemas"]["StoragePolicy"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        /** @description Contains string representation of a data. */
        StringDrData: {
            /** @description The string representation of a data. */
            value?: string;
        };
        /** @description Information about the sync progress of a replication. */
        SyncProgressData: {
            /** Format: int32 */
            progress?: number;
            /** Format: int64 */
            checksum_current?: number;
            /** Format: int64 */
            checksum_total?: number;
            /** Format: int64 */
            transferred_current?: number;
            /** Format: int64 */
            transferred_total?: number;
        } | null;
        /** @description Information about a task. */
        Task: {
            /** @description The ID of the task. */
            id: string;
            /** @description The description of the task. */
            description?: string;
            /** @description The ID of the description of the task. */
            description_id?: string;
            /** @description Entity the task is executed upon. */
            entity?: string | null;
            /** @description Name of the entity the task is executed upon. */
            entity_name?: string | null;
            /**
             * @description The status of the task.
             * @enum {string}
             */
            status: "QUEUED" | "RUNNING" | "SUCCESS" | "ERROR" | "CANCELLED";
            error?: components["schemas"]["TaskError"];
            /** @description The information about the task result if the task status is SUCCESS. */
            result?: Record<string, unknown> | null;
            /**
             * Format: int32
             * @description The progress of the task, in percentage number.
             */
            progress?: number;
            /**
             * Format: int64
             * @description The queued time of the task, in milliseconds.
             */
            queued_time?: number | null;
            /**
             * Format: int64
             * @description The start time of the task, in milliseconds.
             */
            start_time?: number | null;
            /**
             * Format: int64
             * @description The complete time of the task, in milliseconds.
             */
            complete_time?: number | null;
        };
        /** @description Information about a task. */
        TaskDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & WithRequired<components["schemas"]["Task"], "id" | "status">;
        /** @description List of entities about: Information about a task. */
        TaskDrResponseList: {
            list?: components["schemas"]["Task"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        /** @description Detailed information of the error if the task status is ERROR. */
        TaskError: {
            /** @description The message of the error. */
            message?: string;
            /** @description The details of the error. */
            details?: string;
        } | null;
        /** @description Information about a virtual machine */
        VirtualMachine: {
            /** @description The unique identifier of the VM. */
            id?: string;
            /** @description The name of the VM. */
            name?: string;
            /**
             * @description The VM power state.
             * @enum {string|null}
             */
            power_state?: "POWERED_OFF" | "POWERED_ON" | "SUSPENDED" | null;
            /**
             * @description The state of the VM connection.
             * @enum {string|null}
             */
            connection_state?: "CONNECTED" | "DISCONNECTED" | "ORPHANED" | "INACCESSIBLE" | "INVALID" | null;
            template?: boolean;
            managed_by_info?: components["schemas"]["VirtualMachineManagedByInfo"];
            /** @description Indicate whether the current user has the VirtualMachine.Hbr.ConfigureReplication privilege. */
            vr_privilege_granted?: boolean;
            /** @description Information about the VM disks. */
            disks?: components["schemas"]["VmDisk"][];
        };
        /** @description Information about a virtual machine */
        VirtualMachineDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & components["schemas"]["VirtualMachine"];
        /** @description List of entities about: Information about a virtual machine */
        VirtualMachineDrResponseList: {
            list?: components["schemas"]["VirtualMachine"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        VirtualMachineManagedByInfo: {
            /** @description The extension key. */
            extension_key?: string;
            /** @description The type. */
            type?: string;
        } | null;
        /** @description Information about VR capabilities of a virtual machine. */
        VmCapabilities: {
            /** @description The ID of the VM these capabilities are for. */
            vm_id?: string;
            /**
             * @description The validation status of the VM.
             * @enum {string}
             */
            vm_validation_status?: "OK" | "ERROR_" | "DUPLICATE_DISK_NAMES" | "ALREADY_CONFIGURED" | "INVALID_HW_VERSION" | "IS_FT_VM" | "VM_NOT_CONNECTED" | "HBR_NOT_SUPPORTED" | "INVALID_HOST_VERSION" | "HOST_NOT_CONNECTED" | "HOST_NOT_POWERED_ON" | "HOST_IN_MAINTENANCE_MODE" | "PHYSICAL_RDM_DISK_FOUND" | "NO_PERMISSIONS" | "UNKNOWN" | "IS_VM_TEMPLATE" | "VM_IS_ENCRYPTED" | "VM_IS_ENCRYPTED_LWD_OFF" | "VM_IS_ENCRYPTED_VMCRYPT_OFF" | "VM_ENCRYPTION_INCONSISTENCY" | "NOT_SUPPORTED_TRUST_AUTHORITY_ENCRYPTED_VM" | "IS_EAM_VM" | "PEER_GROUP_MISSING";
            /** @description Indicate whether quiescing is supported. */
            quiescing_supported?: boolean;
            /** @description Indicate whether network compression is supported. */
            network_compression_supported?: boolean;
            /** @description Indicate whether MPIT is supported. */
            mpit_supported?: boolean;
            /** @description Indicate whether LWD encryption is supported. */
            lwd_encryption_supported?: boolean;
            /** @description Indicate whether VM encryption is supported. */
            vm_crypt_supported?: boolean;
            /** @description Indicate whether VM is encrypted. */
            vm_encrypted?: boolean;
            /** @description The VM encryption key provider type. Null for non-encrypted VMs. If this is nativeProvider, then a datastore with vSphere Native Key Provider support must be used for replications. */
            vm_encryption_key_provider_type?: string | null;
            /** @description The reasons for not supporting a replication. */
            replication_not_supported_reasons?: (string | null)[] | null;
            /** @description Indicate whether automatic replication of new disks is supported. */
            auto_replicate_new_disks_supported?: boolean;
            /**
             * Format: int32
             * @description The minimum RPO in minutes.
             */
            min_rpo_mins?: number;
            /** @description NVMe disk controller support. */
            nvme_disk_controller_supported?: boolean;
            ds_cluster_as_target_supported?: boolean;
            /** @description Indicate whether reconfiguration of VM disks is supported. */
            reconfigure_vm_disks_supported?: boolean;
        };
        /** @description Information about VR capabilities of a virtual machine. */
        VmCapabilitiesDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & components["schemas"]["VmCapabilities"];
        /** @description The VM disk information. */
        VmDisk: {
            /**
             * @description The ID of the VM this disk is part of.
             * @example VirtualMachine:vm-80:e594ad24-5f75-41e3-a276-88a2116dbed0
             */
            vm_id: string;
            /**
             * Format: int32
             * @description The device key of the source VM disk.
             */
            device_key?: number;
            /** @description Each VM has one disk item, representing a VM home. */
            is_vm_home?: boolean;
            /** @description Indicate whether the VM disk is encrypted. */
            encrypted?: boolean;
            /**
             * Format: int64
             * @description The capacity of the source VM disk, in KBs.
             */
            capacity?: number;
            /**
             * @description The format of the virtual disk.
             * @enum {string}
             */
            source_disk_format?: "SAME_AS_SOURCE" | "SAME_AS_PRIMARY" | "AS_DEFINED_IN_PROFILE" | "FLAT" | "THICK" | "NATIVE_THICK" | "THIN" | "RDM";
            source_path?: components["schemas"]["DatastorePathData"];
            /** @description The name of the storage policy of the source storage. */
            source_storage_policy_name?: string | null;
            /**
             * @description The ID of the storage policy of the source storage.
             * @example dsbrowser.defaultStoragePolicy
             */
            source_storage_policy_id?: string | null;
            /** @description The label of the VM disk. */
            label?: string;
            /** Format: int32 */
            controller_key?: number;
            /** @description The label of the VM disk. */
            controller_label?: string | null;
            /** @description Disks with certain types of controllers are not supported for replication. For example, NVMe, PCI, and SATA. */
            supported_for_replication?: boolean;
        };
        /** @description The VM disk information. */
        VmDiskDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & WithRequired<components["schemas"]["VmDisk"], "vm_id">;
        /** @description List of entities about: The VM disk information. */
        VmDiskDrResponseList: {
            list?: components["schemas"]["VmDisk"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        /** @description A spec to search for replication seeds based on the specified criteria for a given VM disk. */
        VmDiskFindSeedSpec: {
            vm_disk: components["schemas"]["VmDiskIdentifier"];
            /** @description The disk destination path. */
            destination_path?: string | null;
            /** @description Indicate whether to use wildcard. */
            use_wildcard?: boolean;
        };
        /** @description The unique identifier of the VM disk. */
        VmDiskIdentifier: {
            /**
             * @description The ID of the VM this disk is part of.
             * @example VirtualMachine:vm-80:e594ad24-5f75-41e3-a276-88a2116dbed0
             */
            vm_id: string;
            /**
             * Format: int32
             * @description The device key of the source VM disk.
             */
            device_key?: number;
        };
        /** @description A information about seeds found for a disk. */
        VmDiskSeedInformation: {
            vm_disk?: components["schemas"]["VmDiskIdentifier"];
            /** @description The file paths where seed files are found. */
            found_seeds?: (string | null)[] | null;
        };
        /** @description A information about seeds found for a disk. */
        VmDiskSeedInformationDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & components["schemas"]["VmDiskSeedInformation"];
        /** @description List of entities about: A information about seeds found for a disk. */
        VmDiskSeedInformationDrResponseList: {
            list?: components["schemas"]["VmDiskSeedInformation"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        /** @description Detailed information about the vSphere Replication Management Server. */
        VrmsInfo: {
            /**
             * Format: uuid
             * @description The ID of the server.
             */
            id?: string;
            /** @description The URL of the server. */
            url?: string;
            /** @description The name of the server. */
            name?: string;
            /**
             * @description The status of the server.
             * @enum {string}
             */
            server_status?: "OK" | "WARNING" | "ERROR";
            /** @description The certificates of the server. */
            certificates?: components["schemas"]["X509Certificate"][];
            /** @description The certificate warnings related to the server. */
            certificate_warnings?: components["schemas"]["CertificateWarning"][];
            /** @description The version of the server. */
            version?: string;
            /**
             * Format: uuid
             * @description The GUID of the local vCenter Server.
             */
            vc_guid?: string;
            /** @description The name of the local vCenter Server. */
            vc_name?: string;
            /** @description The extension key under which this server is registered in the Lookup Service. */
            extension_key?: string;
        };
        /** @description Detailed information about the vSphere Replication Management Server. */
        VrmsInfoDrResponseEntity: {
            _meta?: components["schemas"]["Metadata"];
        } & components["schemas"]["VrmsInfo"];
        /** @description List of entities about: Detailed information about the vSphere Replication Management Server. */
        VrmsInfoDrResponseList: {
            list?: components["schemas"]["VrmsInfo"][];
            _meta?: components["schemas"]["MetadataList"];
        };
        /** @description The certificate in X509 format. */
        X509Certificate: {
            /** @description The serial number of the certificate, represented as string. The serial number is a number assigned by the certification authority to each certificate. It must be unique for each certificate issued by a given CA (i.e., the issuer name and serial number identify a unique certificate). */
            serial_number?: string;
            /**
             * Format: int64
             * @description The end date from the validity period of the certificate, as milliseconds.
             */
            not_after?: number;
            /**
             * Format: int64
             * @description The start date from the validity period of the certificate, as milliseconds.
             */
            not_before?: number;
            /** @description The signature value as Base64 encoded string (with ISO-8859-1 charset) from the certificate. */
            signature?: string;
            /**
             * Format: int32
             * @description The version number of the certificate.
             * @example 3
             */
            version?: number;
            /**
             * @description The issuer distinguished name of the certificate.
             * @example C=US, OU=DR Division, O="VMware, Inc.", CN="VMware, Inc."
             */
            issuer_dn?: string;
            /**
             * @description The subject distinguished name of the certificate.
             * @example C=US, OU=DR Division, O="VMware, Inc.", CN="VMware, Inc."
             */
            subject_dn?: string;
            /**
             * @description The name of the signature algorithm for the certificate.
             * @example SHA256withRSA
             */
            sig_alg_name?: string;
            /**
             * @description The signature algorithm OID string from the certificate.
             *     An OID is represented by a set of non-negative whole numbers separated by periods.
             * @example 1.2.840.10040.4.3
             */
            sig_alg_oid?: string;
            /** @description The public key of the certificate. */
            public_key?: string;
            /**
             * @description The public key format of the certificate.
             * @example X.509
             */
            public_key_format?: string;
            /**
             * @description The public key algorithm of the certificate.
             * @example RSA
             */
            public_key_algorithm?: string;
            /** @description The thumbprint of the certificate. */
            thumbprint?: string;
            /** @description The certificate in PEM format. */
            certificate?: string;
            /** @description The ID of the certificate issuer. */
            issuer_unique_id?: (boolean | null)[] | null;
            /** @description The subject unique ID. */
            subject_unique_id?: (boolean | null)[] | null;
            /**
             * @description Boolean array representing bits of the KeyUsage extension, (OID = 2.5.29.15).
             *     The key usage extension defines the purpose (e.g., encipherment, signature, certificate signing) of the key contained in the certificate.
             *     The ASN.1 definition for this is:
             *     <pre>
             *     KeyUsage ::= BIT STRING {
             *          digitalSignature        (0),
             *          nonRepudiation          (1),
             *          keyEncipherment         (2),
             *          dataEncipherment        (3),
             *          keyAgreement            (4),
             *          keyCertSign             (5),
             *          cRLSign                 (6),
             *          encipherOnly            (7),
             *          decipherOnly            (8) }
             *     </pre>
             */
            key_usage?: (boolean | null)[] | null;
            /** @description The issuer alternative names. */
            issuer_alternative_names?: (string | null)[] | null;
            /** @description The subject alternative names. */
            subject_alternative_names?: (string | null)[] | null;
            /** @description Indicates one or more purposes for which the certified public key may be used, in addition to or in place of the basic purposes indicated in the key usage extension field. */
            extended_key_usage?: (string | null)[] | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getVrInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Detailed information about vSphere Replication Management Server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VrmsInfoDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getVrPairings: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of all pairings configured for this vSphere Replication server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    pairVr: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Pair the remote server spec */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PairingSpec"];
            };
        };
        responses: {
            /** @description Pairing task. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getVrPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Information about a configured pairing with this vSphere Replication Management Server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    deleteVrPairing: {
        parameters: {
            query?: {
                /**
                 * @description Whether or not to perform a single-sided break pair operation. This should be true if
                 *      remote vSphere Replication server is not available anymore and you want to remove
                 *      the pairing information from the current site.
                 */
                force?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete pairing task. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    reconnectVrPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
            };
            cookie?: never;
        };
        /** @description Reconnect with the remote server spec. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PairingSpec"];
            };
        };
        responses: {
            /** @description Reconnect pairing task. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getVrPairingIssues: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueInfoDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getRemoteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns information about the currently authenticated remote session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    createRemoteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully logged into the remote server. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getAllReplications: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
                /** @description Filter replications by their source vCenter Server. */
                source_vc_guid?: string;
                /** @description Requesting extended info for the replications might lead to slower API response. */
                extended_info?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of all replications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplicationInfoDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    configureReplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
            };
            cookie?: never;
        };
        /** @description List of replication settings to replicate VMs. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConfigureReplicationSpec"][];
            };
        };
        responses: {
            /** @description Configure replication tasks. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getReplicationsCount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Information about a configured replication. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountDataDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getReplicationsIssues: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
                /** @description Filter replications to retrieve issues for, by their source vCenter Server. */
                source_vc_guid?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All issues. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueInfoDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getReplicationInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of a replication */
                replication_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Information about a configured replication. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplicationInfoDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    destroyReplication: {
        parameters: {
            query?: {
                /** @description Whether or not to retain replica disks. */
                retain_replica_disks?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of a replication */
                replication_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task to monitor destroying a replication. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    pauseReplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of a replication */
                replication_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pause replication task. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    reconfigureReplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of a replication */
                replication_id: string;
            };
            cookie?: never;
        };
        /** @description Spec that is used to reconfigure replication. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReconfigureReplicationSpec"];
            };
        };
        responses: {
            /** @description Reconfigure replication task. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    resumeReplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of a replication */
                replication_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Resume the replication task. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    syncReplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of a replication */
                replication_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sync VM replication task. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    unconfigureReplication: {
        parameters: {
            query?: {
                /** @description Whether or not to retain replica disks. */
                retain_replica_disks?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of a replication */
                replication_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task to monitor deletion of a replication configuration. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getReplicatedVmDisks: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of a replication */
                replication_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Details on the disks of a replicated VM. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplicatedVmDiskDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getVrCapableTargetDatastores: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the vCenter server */
                vcenter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description vSphere Replication supported datastores. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatastoreDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    browseDatastore: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the vCenter server */
                vcenter_id: string;
                /** @description The ID of a datastore */
                datastore_id: string;
            };
            cookie?: never;
        };
        /** @description Search criteria to browse the datastore */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DatastoreBrowserRequest"];
            };
        };
        responses: {
            /** @description List of files and folders in the datastore, based on a search criteria. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatastoreBrowserResultDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getSeedsForDisks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the vCenter server */
                vcenter_id: string;
                /** @description The ID of a datastore */
                datastore_id: string;
            };
            cookie?: never;
        };
        /** @description List of specs to search for VM disks' seeds. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VmDiskFindSeedSpec"][];
            };
        };
        responses: {
            /** @description Information about the possible seeds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VmDiskSeedInformationDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getVcStoragePolicies: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the vCenter server */
                vcenter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Storage Policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoragePolicyDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    checkStoragePolicyCompliance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the vCenter server */
                vcenter_id: string;
                /** @description The ID of a storage policy */
                storage_policy_id: string;
            };
            cookie?: never;
        };
        /** @description List of datastores to check their compliance */
        requestBody: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description Compliance result of datastores. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoragePolicyComplianceCheckDataDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getLocalVms: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
                /** @description Flag to filter VMs which are suitable for replication by vSphere Replication. */
                suitable_for_replication?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the vCenter server */
                vcenter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All virtual machines on the vCenter Server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualMachineDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getVmCapability: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the vCenter server */
                vcenter_id: string;
                /** @description The ID of a VM */
                vm_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description vSphere Replication capabilities for a VM. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VmCapabilitiesDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getLocalVmDisks: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the vCenter server */
                vcenter_id: string;
                /** @description The ID of a VM */
                vm_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Virtual machine disks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VmDiskDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getAllVrDetailsInPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Detailed information about all vSphere Replication Management Servers in a pairing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VrmsInfoDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getVrInfoInPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the VRMS */
                vr_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Detailed information about vSphere Replication Management Server in a pairing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VrmsInfoDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getAllVrServersInPairing: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the VRMS */
                vr_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplicationServerInfoDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    registerVrServerInPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the VRMS */
                vr_id: string;
            };
            cookie?: never;
        };
        /** @description ID of the replication server virtual machine. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StringDrData"];
            };
        };
        responses: {
            /** @description Accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getVrServerInPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the VRMS */
                vr_id: string;
                /** @description The ID of the vSphere Replication server */
                replication_server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplicationServerInfoDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    unregisterVrServerInPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the VRMS */
                vr_id: string;
                /** @description The ID of the vSphere Replication server */
                replication_server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    reconnectVrServerInPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the pairing between this vSphere Replication server and the remote one. */
                pairing_id: string;
                /** @description The ID of the VRMS */
                vr_id: string;
                /** @description The ID of the vSphere Replication server */
                replication_server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getAllVrServers: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplicationServerInfoDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    registerVrServer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An ID of the vSphere Replication server virtual machine. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StringDrData"];
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getVrServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID of the vSphere Replication server */
                replication_server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplicationServerInfoDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    unregisterVrServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID of the vSphere Replication server */
                replication_server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    reconnectVrServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID of the vSphere Replication server */
                replication_server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getCurrentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns information about the currently authenticated session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description the file's 401 on every other operation */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully authenticated. The session ID is returned in the response body. In the subsequent requests, include the 'x-dr-session' header with the returned session ID value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionIdData"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description the file's 401 on every other operation */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully logged out. The session is no longer authenticated. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getRecentTasksInfo: {
        parameters: {
            query?: {
                /** @description The name of the field by which to filter the result data. Must be used in combination with filter parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1 */
                filter_property?: string;
                /** @description The filter value by which to filter the result data. Must be used in combination with filter_prop parameter. Supports for nested fields. Example: https://dr-server/api/vms?filter_property=name&filter=vm-1&filter=vm-2 */
                filter?: string[];
                /**
                 * @description Define desired sort by field of the result data. If order_by is not specified, ascending is used as default.
                 * @example name
                 */
                sort_by?: string;
                /** @description Define desired sort order by field of the result data. Must be used in combination with sort_by. Supported values: asc, ascending, desc, descending. */
                order_by?: string;
                /**
                 * @description Specify the limit size of the result data. In combination with offset parameter provides paging functionality. If none - configuration property 'defaultResponsePageSize' in REST API configuration file is taken into account. If configuration property is not defined - default value of 100 is taken into account.
                 * @example 10
                 */
                limit?: string;
                /**
                 * @description The amount of elements to skip in the response. In combination with limit parameter provides paging functionality. Must be used in combination with limit parameter. If none - default value of 0 is taken into account. Example: https://dr-server/api/vms?limit=10&offset=10
                 * @example 10
                 */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get recent tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseList"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
    getTaskInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of a task. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Information about the task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDrResponseEntity"];
                };
            };
            /** @description Bad request - the server cannot understand the request due to invalid syntax or invalid request body content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Unauthorized - the client must authenticate itself to get the requested response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden - not sufficient access rights to fulfill the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Not Found - server cannot find the requested in URL resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Internal server error - unexpected condition prevents fulfilling the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseError"];
                };
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
