#!/usr/bin/perl
# test/pgxn-meta.pl [META.json]: check a PGXN distribution's META.json
# against the PGXN Meta Spec 1.0.0 (https://pgxn.org/spec/): the required
# keys (name, version, abstract, maintainer, license, provides, meta-spec)
# and the format of every key the spec defines (terms, SemVer versions,
# version ranges, licenses, URIs, prereq phases and relationships,
# resources, tags, no_index, release_status).  Debian packages no validator
# (PGXN::Meta::Validator is only on CPAN), hence this one; it uses only
# Perl's core modules.  Prints "META.json is OK", or every error and exits 1.
use strict;
use warnings;
use JSON::PP;

my $file = shift // 'META.json';
open my $fh, '<:raw', $file or die "$file: $!\n";
my $text = do { local $/; <$fh> };
close $fh;
my $meta = eval { JSON::PP->new->utf8->decode($text) };
if (!defined $meta)
{
	print "$file is not valid JSON: $@";
	exit 1;
}

my @errors;
sub error { push @errors, join('', @_); return 0 }

# The spec's formats.
my $semver = qr/^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)
	(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/x;
my %licenses = map { $_ => 1 } qw(agpl_3 apache_1_1 apache_2_0 artistic_1 artistic_2 bsd freebsd
  gfdl_1_2 gfdl_1_3 gpl_1 gpl_2 gpl_3 lgpl_2_1 lgpl_3_0 mit mozilla_1_0 mozilla_1_1 openssl
  perl_5 postgresql qpl_1_0 ssleay sun zlib open_source restricted unrestricted unknown);
my %phases = map { $_ => 1 } qw(configure build runtime test develop);
my %relationships = map { $_ => 1 } qw(requires recommends suggests conflicts);
my %statuses = map { $_ => 1 } qw(stable testing unstable);

sub is_string { my ($v) = @_; return defined $v && !ref $v && $v ne '' }

sub check_term
{
	my ($where, $v) = @_;
	return error("$where: must be a string") unless is_string($v);
	return error("$where: '$v' must have two characters or more, without white space, '/', '\\' or ':'")
	  unless $v =~ /^[^\s\/\\:\p{Cc}]{2,}$/;
	return 1;
}

sub check_version
{
	my ($where, $v) = @_;
	return error("$where: must be a SemVer version string (x.y.z)") unless is_string($v) && $v =~ $semver;
	return 1;
}

# A version range: 0 (any), a version, or comparisons joined by commas.
sub check_range
{
	my ($where, $v) = @_;
	return 1 if defined $v && !ref $v && $v =~ /^0$/;
	return error("$where: must be 0 or a version range") unless is_string($v);
	foreach my $part (split /\s*,\s*/, $v)
	{
		my ($op, $ver) = $part =~ /^\s*(==|!=|>=|<=|>|<)?\s*(\S+)\s*$/;
		return error("$where: '$part' is not a version or a comparison with one")
		  unless defined $ver && ($ver =~ $semver || $ver eq '0');
	}
	return 1;
}

sub check_uri
{
	my ($where, $v) = @_;
	return error("$where: must be an absolute URI") unless is_string($v) && $v =~ /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
	return 1;
}

sub check_object
{
	my ($where, $v) = @_;
	return error("$where: must be an object") unless ref $v eq 'HASH';
	return 1;
}

sub check_strings
{
	my ($where, $v) = @_;
	return error("$where: must be a string or a list of strings") unless is_string($v) || ref $v eq 'ARRAY';
	if (ref $v eq 'ARRAY')
	{
		error("$where: must not be empty") unless @$v;
		is_string($_) or error("$where: every item must be a non-empty string") foreach @$v;
	}
	return 1;
}

# Required keys.
foreach my $key (qw(name version abstract maintainer license provides meta-spec))
{
	error("missing mandatory key '$key'") unless exists $meta->{$key};
}

check_term('name', $meta->{name}) if exists $meta->{name};
check_version('version', $meta->{version}) if exists $meta->{version};
error('abstract: must be a non-empty string') if exists $meta->{abstract} && !is_string($meta->{abstract});
check_strings('maintainer', $meta->{maintainer}) if exists $meta->{maintainer};

if (exists $meta->{license})
{
	my $l = $meta->{license};
	if (ref $l eq 'HASH')
	{
		error('license: must name at least one license') unless %$l;
		check_uri("license.$_", $l->{$_}) foreach sort keys %$l;
	}
	else
	{
		my @names = ref $l eq 'ARRAY' ? @$l : ($l);
		error('license: must not be empty') unless @names;
		$licenses{ $_ // '' } or error("license: '" . ($_ // 'null') . "' is not a license of the spec")
		  foreach @names;
	}
}

if (exists $meta->{provides} && check_object('provides', $meta->{provides}))
{
	error('provides: must name at least one extension') unless %{ $meta->{provides} };
	foreach my $ext (sort keys %{ $meta->{provides} })
	{
		my $p = $meta->{provides}{$ext};
		check_term("provides key '$ext'", $ext);
		next unless check_object("provides.$ext", $p);
		error("provides.$ext: missing mandatory key 'file'") unless is_string($p->{file});
		exists $p->{version}
		  ? check_version("provides.$ext.version", $p->{version})
		  : error("provides.$ext: missing mandatory key 'version'");
		foreach my $k (qw(abstract docfile))
		{
			error("provides.$ext.$k: must be a non-empty string") if exists $p->{$k} && !is_string($p->{$k});
		}
	}
}

if (exists $meta->{'meta-spec'} && check_object('meta-spec', $meta->{'meta-spec'}))
{
	my $ms = $meta->{'meta-spec'};
	error("meta-spec.version: must be 1.0.x, the version of the spec checked here")
	  unless is_string($ms->{version}) && $ms->{version} =~ /^1\.0\.[0-9]+$/;
	check_uri('meta-spec.url', $ms->{url}) if exists $ms->{url};
}

# Optional keys.
foreach my $k (qw(description generated_by))
{
	error("$k: must be a non-empty string") if exists $meta->{$k} && !is_string($meta->{$k});
}
if (exists $meta->{tags})
{
	if (ref $meta->{tags} ne 'ARRAY' || !@{ $meta->{tags} })
	{
		error('tags: must be a non-empty list');
	}
	else
	{
		(is_string($_) && length($_) <= 255 && !/[\/\\\p{Cc}]/)
		  or error("tags: '" . ($_ // 'null') . "' must be 1 to 255 characters, without '/', '\\' or control characters")
		  foreach @{ $meta->{tags} };
	}
}
if (exists $meta->{no_index} && check_object('no_index', $meta->{no_index}))
{
	foreach my $k (sort keys %{ $meta->{no_index} })
	{
		error("no_index.$k: unknown key (file, directory)") unless $k eq 'file' || $k eq 'directory';
		check_strings("no_index.$k", $meta->{no_index}{$k});
	}
}
if (exists $meta->{prereqs} && check_object('prereqs', $meta->{prereqs}))
{
	foreach my $phase (sort keys %{ $meta->{prereqs} })
	{
		error("prereqs.$phase: unknown phase") unless $phases{$phase};
		my $rels = $meta->{prereqs}{$phase};
		next unless check_object("prereqs.$phase", $rels);
		foreach my $rel (sort keys %$rels)
		{
			error("prereqs.$phase.$rel: unknown relationship") unless $relationships{$rel};
			next unless check_object("prereqs.$phase.$rel", $rels->{$rel});
			foreach my $dep (sort keys %{ $rels->{$rel} })
			{
				check_term("prereqs.$phase.$rel key '$dep'", $dep);
				check_range("prereqs.$phase.$rel.$dep", $rels->{$rel}{$dep});
			}
		}
	}
}
if (exists $meta->{release_status})
{
	error('release_status: must be stable, testing or unstable')
	  unless is_string($meta->{release_status}) && $statuses{ $meta->{release_status} };
}
if (exists $meta->{resources} && check_object('resources', $meta->{resources}))
{
	my $r = $meta->{resources};
	foreach my $k (sort keys %$r)
	{
		error("resources.$k: unknown key (homepage, bugtracker, repository, or x_ for your own)")
		  unless $k =~ /^(homepage|bugtracker|repository|x_.+)$/;
	}
	check_uri('resources.homepage', $r->{homepage}) if exists $r->{homepage};
	if (exists $r->{bugtracker} && check_object('resources.bugtracker', $r->{bugtracker}))
	{
		check_uri('resources.bugtracker.web', $r->{bugtracker}{web}) if exists $r->{bugtracker}{web};
		error('resources.bugtracker.mailto: must be an e-mail address')
		  if exists $r->{bugtracker}{mailto} && !(is_string($r->{bugtracker}{mailto}) && $r->{bugtracker}{mailto} =~ /^[^@\s]+@[^@\s]+$/);
	}
	if (exists $r->{repository} && check_object('resources.repository', $r->{repository}))
	{
		check_uri("resources.repository.$_", $r->{repository}{$_})
		  foreach grep { exists $r->{repository}{$_} } qw(url web);
		error('resources.repository.type: must be a lower-case word')
		  if exists $r->{repository}{type} && !(is_string($r->{repository}{type}) && $r->{repository}{type} =~ /^[a-z]+$/);
	}
}
# Any other key must be an extension (x_ or X_).
foreach my $k (sort keys %$meta)
{
	next if $k =~ /^(name|version|abstract|maintainer|license|provides|meta-spec|description|
		generated_by|tags|no_index|prereqs|release_status|resources)$/x;
	error("unknown key '$k' (custom keys begin with x_)") unless $k =~ /^[xX]_/;
}

if (@errors)
{
	print "$file is invalid:\n";
	print "  $_\n" foreach @errors;
	exit 1;
}
print "$file is OK\n";
exit 0;
