// Lists of IP addresses and CIDR ranges written in settings ("127.0.0.1, 10.0.0.0/8, ::1"), and the
// one way to compare an address against them. Pure module (server code and tests).
import { BlockList, isIP } from 'node:net';

/** An IPv4 address written as IPv6 (::ffff:127.0.0.1) is the IPv4 address it is. */
export function unmappedAddress(address: string): string {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match ? match[1] : address;
}

function addressType(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4';
}

/** The addresses and ranges of a comma-separated setting; entries that are not addresses are skipped. */
export function parseAddressList(setting: string): BlockList {
  const list = new BlockList();
  for (const entry of setting.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address, prefix] = entry.split('/');
    if (!isIP(address)) continue;
    if (prefix === undefined) list.addAddress(address, addressType(address));
    else list.addSubnet(address, Number(prefix), addressType(address));
  }
  return list;
}

/** Whether `address` (an IP address, possibly IPv4-mapped IPv6) is in `list`; false for anything else. */
export function inAddressList(list: BlockList, address: string): boolean {
  const plain = unmappedAddress(address);
  return isIP(plain) !== 0 && list.check(plain, addressType(plain));
}
