package io.coursedesk.harness.template;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CloudFormationYamlTest {

    @Test
    void keepsShortFormIntrinsicsAsTheirLongForm() {
        JsonNode doc = CloudFormationYaml.read("""
                Ref: !Ref Table
                Attribute: !GetAtt Queue.Arn
                AttributeList: !GetAtt [Queue, Arn]
                Sub: !Sub 'arn:${AWS::Partition}:s3:::${Bucket}/*'
                SubWithVariables: !Sub
                  - '${Name}-x'
                  - Name: !Ref Stage
                If: !If [IsProd, !Ref A, !Ref 'AWS::NoValue']
                Equals: !Equals [!Ref Stage, prod]
                Join: !Join [',', [a, !Ref B]]
                Select: !Select [0, !GetAZs '']
                Plain: text
                Number: 7
                Flag: true
                Quoted: !!str 012
                """);

        assertThat(doc.get("Ref").toString()).isEqualTo("{\"Ref\":\"Table\"}");
        assertThat(doc.get("Attribute").toString()).isEqualTo("{\"Fn::GetAtt\":[\"Queue\",\"Arn\"]}");
        assertThat(doc.get("AttributeList").toString()).isEqualTo("{\"Fn::GetAtt\":[\"Queue\",\"Arn\"]}");
        assertThat(doc.get("Sub").toString()).isEqualTo("{\"Fn::Sub\":\"arn:${AWS::Partition}:s3:::${Bucket}/*\"}");
        assertThat(doc.get("SubWithVariables").toString())
                .isEqualTo("{\"Fn::Sub\":[\"${Name}-x\",{\"Name\":{\"Ref\":\"Stage\"}}]}");
        assertThat(doc.get("If").toString())
                .isEqualTo("{\"Fn::If\":[\"IsProd\",{\"Ref\":\"A\"},{\"Ref\":\"AWS::NoValue\"}]}");
        assertThat(doc.get("Equals").toString()).isEqualTo("{\"Fn::Equals\":[{\"Ref\":\"Stage\"},\"prod\"]}");
        assertThat(doc.get("Join").toString()).isEqualTo("{\"Fn::Join\":[\",\",[\"a\",{\"Ref\":\"B\"}]]}");
        assertThat(doc.get("Select").toString()).isEqualTo("{\"Fn::Select\":[0,{\"Fn::GetAZs\":\"\"}]}");
        assertThat(doc.get("Plain").asText()).isEqualTo("text");
        assertThat(doc.get("Number").isIntegralNumber()).isTrue();
        assertThat(doc.get("Flag").booleanValue()).isTrue();
        assertThat(doc.get("Quoted").asText()).isEqualTo("012");
    }
}
