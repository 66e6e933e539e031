#!/usr/bin/perl
# bench/peak_memory.pl PID STOPFILE: sample the anonymous memory of process
# PID (RssAnon of /proc/PID/status, in kB) every 0.2 ms until STOPFILE
# exists; print the peak, the first sample (the baseline) and how many
# samples were taken.  Used by bench_peak_memory (bench/lib.sh).
use strict;
use warnings;
use Time::HiRes qw(usleep);

my ($pid, $stop) = @ARGV;
die "usage: $0 PID STOPFILE\n" unless defined $stop;
open(my $fh, '<', "/proc/$pid/status") or die "/proc/$pid/status: $!\n";
my ($baseline, $peak, $samples) = (undef, 0, 0);
until (-e $stop)
{
	seek($fh, 0, 0);
	local $/;
	my $status = <$fh>;
	last unless defined $status;
	my ($rss) = $status =~ /^RssAnon:\s+(\d+)/m or last;
	$baseline //= $rss;
	$peak = $rss if $rss > $peak;
	$samples++;
	usleep(200);
}
print "$peak $baseline $samples\n";
