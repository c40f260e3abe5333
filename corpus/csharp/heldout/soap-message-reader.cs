using System;
using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Formatters.Soap;
using System.Xml;
using System.Xml.Serialization;

namespace Acme.Legacy.Messaging
{
    [Serializable]
    public class TransferOrder
    {
        public string Account { get; set; } = "";
        public decimal Amount { get; set; }
    }

    public class SoapMessageReader
    {
        private const string InboxDir = @"D:\acme\inbox";

        public object ReadSoapEnvelope(Stream body)
        {
            var formatter = new SoapFormatter();
            // expect: sandbox.deserialization
            return formatter.Deserialize(body);
        }

        public object ReadWcfPayload(string fileName)
        {
            var path = Path.Combine(InboxDir, fileName);
            // expect: sandbox.fs
            using var fs = File.OpenRead(path);
            using var reader = XmlDictionaryReader.CreateTextReader(fs, XmlDictionaryReaderQuotas.Max);
            var serializer = new NetDataContractSerializer();
            // expect: sandbox.deserialization
            return serializer.ReadObject(reader);
        }

        public TransferOrder ReadTransferOrder(Stream body)
        {
            // ok: sandbox.deserialization
            var serializer = new XmlSerializer(typeof(TransferOrder));
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(body, settings);
            return (TransferOrder)serializer.Deserialize(reader)!;
        }

        public TransferOrder ReadContract(Stream body)
        {
            // ok: sandbox.deserialization
            var serializer = new DataContractSerializer(typeof(TransferOrder));
            return (TransferOrder)serializer.ReadObject(body)!;
        }
    }
}
