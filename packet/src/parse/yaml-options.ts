import type { ParseAllOptions } from '../limits/bounded-parse';

/**
 * How every packet is read. `merge` reads `<<: *shared` as YAML 1.1 tools
 * (docker-compose, GitLab CI, most YAML libraries) do: the fields of the
 * aliased mapping are copied in, and a field written in the mapping itself
 * wins. Packets are written by people who share fields that way.
 */
export const PACKET_YAML_OPTIONS: ParseAllOptions = { prettyErrors: false, uniqueKeys: true, merge: true };
